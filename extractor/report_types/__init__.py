"""The report types this distribution ships (today: ``kfd``). Each package exports one ``ReportType``
and is registered as an entry point (``extractor.core.registry``); nothing imports them by name."""
