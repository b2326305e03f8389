"""Build samples/corpus/: a labelled corpus of invented KFD reports (txt, docx, pdf) with gold records.

Run from the repository root:

    python -m testkit.corpus                 # 72 reports, seed "kfd-corpus-1", into samples/corpus/
    python -m testkit.corpus --count 75 --seed other --out-dir /tmp/corpus

Every report is written as ``<name>.<ext>`` plus ``<name>.gold.json``. The gold is written from what the
generator itself put into the file, never from running the extractor: every value that ends up in a
typed field or as an entity is inserted through a *marker* that carries its label and normalised value;
when the document is laid out, the markers that survive (a section may be deleted or left unanswered)
give the gold entities, events, participants, costs, moderation and organisations in document order.
Filler sentences (``banks.py``) hold no entity at all; ``gold.lint_filler`` enforces that on every report.

The modules, in the order a report is made:
``plan`` (what varies, for all reports at once) -> ``events``, ``municipality``, ``answers``, ``people``
(the section builders, over ``banks``, ``wording``, ``plants``, ``families`` -- the patterns real reports from
unseen towns showed -- and the ``model``) -> ``layout`` (headings,
order, prompts from ``form``, which reads the KFD form definition) -> ``gold`` (markers to text and gold)
-> ``render_txt`` / ``render_docx`` / ``render_pdf``; ``build`` runs these for one report, ``__main__``
for the corpus and ``readme`` writes its README.

Needs python-docx, reportlab, pyphen (German hyphenation in the pdf) and the DejaVu fonts, like
testkit.samples. Output is deterministic: one ``random.Random`` per report seeded from (seed, index),
fixed docx core properties and zip timestamps, reportlab's ``invariant`` mode. The same seed gives
byte-identical files.

Conventions of the gold that the data contract leaves open are written down in samples/corpus/README.md.
"""
