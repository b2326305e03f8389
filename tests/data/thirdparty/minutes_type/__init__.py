"""A second, minimal report type, shipped the way a third party ships one: its own package with an entry
point in its distribution's metadata (``minutes_type-0.1.dist-info/entry_points.txt``). The tests put
this folder on the path; nothing in report-extractor names it.

The form: minutes of a residents' meeting ("Protokoll Anwohnerversammlung") with three sections, and
two fields: who attended, and the date of the next meeting.
"""
from pydantic import Field

from extractor.core.form import FormDef, SectionDef
from extractor.core.report_type import Column, Evaluation, FieldSpec, ReportType
from extractor.pipeline.record import record_model

FORM = FormDef(
    name="minutes",
    sections=(
        SectionDef("attendance", "Anwesende", ("Teilnehmende",), ("Wer hat an der Versammlung teilgenommen?",)),
        SectionDef("decisions", "Beschlüsse", ("Ergebnisse",), ("Was wurde beschlossen?",)),
        SectionDef("next", "Nächste Sitzung", ("Nächster Termin",), ("Wann trifft sich die Versammlung wieder?",)),
    ),
    placeholders=("-", "k.A."),
)


def build_fields(ctx) -> dict:
    attendees = list(dict.fromkeys(e._.value for e in ctx.entities("PERSON", section="attendance")))
    dates = [e._.value for e in ctx.entities("DATE", section="next") if isinstance(e._.value, str)]
    return {"attendees": attendees, "next_meeting": dates[0] if dates else None}


MinutesRecord = record_model(
    "MinutesRecord", report_type="minutes", version="1", title="Protokoll", form=FORM,
    doc="Protokoll einer Anwohnerversammlung.",
    fields={"attendees": (list[str], Field(default_factory=list, title="Anwesende")),
            "next_meeting": (str | None, Field(None, title="Nächste Sitzung"))})

REPORT_TYPE = ReportType(
    name="minutes", title="Protokoll Anwohnerversammlung", version="1", form=FORM, model=MinutesRecord,
    build_fields=build_fields,
    columns=(Column("next_meeting", "next_meeting", "Nächste Sitzung", "date", stored=True),
             Column("attendees", "attendees", "Anwesende", "list"),
             Column("attendee_count", lambda r: len(r.get("attendees") or []), "Anzahl Anwesende", "count",
                    stored=True)),
    label_column="next_meeting",
    personal_fields=("attendees",),
    evaluation=Evaluation((FieldSpec("attendees", "list"), FieldSpec("next_meeting", "scalar")),
                          entity_key=lambda e: str(e.get("value"))))
