"""Test data for report-extractor: generators of sample files, the labelled corpus and a reader fuzzer.

Not installed with the product (pyproject packages only ``extractor``); run from the repository root:

    python -m testkit.samples      # samples/plochingen.{docx,pdf} from the txt
    python -m testkit.corpus       # samples/corpus/: generated reports with gold records
    python -m testkit.fuzz         # mutate the samples and run the readers on them

The tests import these modules directly (pytest puts the repository root on ``sys.path``).
"""
