"""Field extractors that serve any report type: a section's answer, its list items, its dates and periods,
its money amounts with a total, the persons or organisations it names, the typed value after a label.

Types described in a file (``extractor.report_types.typefile``) are built from these alone; the KFD type
uses them where its fields are of the same shape (results, costs, the moderating persons).
"""
