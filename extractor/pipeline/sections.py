"""Section splitter: finds the form's headings in a Document and separates prompts from answers.

Driven entirely by a ``FormDef`` (headings, aliases, prompts, labels), so it knows
nothing of any particular report type. Tolerant of typos (rapidfuzz), numbering
("3.", "III.", "b)"), case, trailing colons, indentation and reordered sections.
Every span it returns is an offset pair into ``Document.text``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from extractor.core.document import Block, Document
from extractor.core.form import FormDef, LabelDef, SectionDef
from extractor.core.warnings import NOT_A_FORM, RecordWarning

from .table_labels import CellKey, pair_cells

# Heading scores (rapidfuzz ratio, 0-100) needed, by how much the layout supports the line being a heading.
HEADING_MIN_PLAIN = 85      # an ordinary line
HEADING_MIN_STYLED = 75     # heading style, bold or larger font
HEADING_MIN_CONFIRMED = 70  # followed by one of the section's own prompts
HEADING_MIN_PREFIX = 92     # "Heading: answer" on one line (prefix before the colon)
HEADING_MAX_CHARS = 160     # longer lines are never headings
PROMPT_MIN = 88             # a line (or its start) that is one of the form's questions
PROMPT_PREFIX_MIN_CHARS = 15  # a cut-off prompt must be at least this long to be recognised
PROMPT_PREFIX_MIN_SHARE = 0.5  # ... and at least this share of the whole prompt
LABEL_MIN = 88
LABEL_MAX_CHARS = 100
LOOKAHEAD_LINES = 3         # how far below a heading candidate its prompt may follow
GLUED_MIN_CHARS = 15        # a heading glued to a word, not to a sentence's end, must be at least this long
_LINE_CACHE = 4096          # distinct lines whose matches are remembered per form

_NUMBERING = re.compile(
    r"^\s*(?:(?:§\s*)?(?:\d{1,2}(?:\.\d{1,2})*|[IVXivx]{1,5}|[A-Ha-h])\s*[.):]\s+|\d{1,2}(?:\.\d{1,2})*\s+(?=\w)"
    r"|(?:Teil|Abschnitt|Frage)\s+\d{1,2}\s*[.:)-]?\s+)+")
_DECORATION = re.compile(r"[*_#„“”\"'`»«]+")
_TRAILING = re.compile(r"[\s:;.,\-–—]+$")
_SLASH = re.compile(r"\s*/\s*")
# "Akteurinnen und Akteure" -> "akteure": a gender pair reads as the plain plural
_GENDER_PAIR = re.compile(r"\b(\w+)innen und \1(e|en|er|n)?\b")
_LEADING_MARK = re.compile(r"^[\s•◦▪‣●○■□–—\-*·>]+")


def heading_key(text: str) -> str:
    """Comparison key of a heading-like line: no numbering, decoration, trailing colon, gender pairs; lower case."""
    text = _DECORATION.sub("", text)
    text = _NUMBERING.sub("", text)
    text = _TRAILING.sub("", text.replace("&", " und "))
    text = _SLASH.sub(" / ", text)
    text = " ".join(text.lower().split())
    return _GENDER_PAIR.sub(r"\1\2", text)


def strip_numbering(text: str) -> str:
    """A heading without its numbering ("3. Ziele" -> "Ziele"), otherwise as written."""
    return _NUMBERING.sub("", text, count=1).strip()


def _prompt_key(text: str) -> str:
    return " ".join(text.lower().split())


@dataclass
class Line:
    text: str
    start: int
    end: int
    block: Block


@dataclass
class Span:
    text: str
    start: int
    end: int


@dataclass
class SectionSpan:
    key: str
    heading: Span | None            # None: headless, found only through its prompt
    body_start: int
    body_end: int
    prompts: list[Span] = field(default_factory=list)
    answer: list[Span] = field(default_factory=list)  # answer pieces in order (prompts removed)
    answered: bool = False
    answer_text: str | None = None  # the answer as in the text, with interleaved prompts cut out

    @property
    def answer_start(self) -> int | None:
        return self.answer[0].start if self.answer else None

    @property
    def answer_end(self) -> int | None:
        return self.answer[-1].end if self.answer else None


@dataclass
class LabelValue:
    key: str
    label: Span
    lines: list[Span] = field(default_factory=list)  # the value, one span per line

    @property
    def value(self) -> str | None:
        return "\n".join(s.text for s in self.lines) or None


@dataclass
class SectionMap:
    sections: dict[str, SectionSpan]
    labels: dict[str, LabelValue]
    looks_like_form: bool
    warnings: list[RecordWarning] = field(default_factory=list)

    def form_spans(self) -> list[tuple[int, int]]:
        """Offsets of the form's own text found in the document: headings and prompt questions."""
        spans = []
        for sec in self.sections.values():
            if sec.heading:
                spans.append((sec.heading.start, sec.heading.end))
            spans.extend((p.start, p.end) for p in sec.prompts)
        return sorted(spans)

    def section_at(self, offset: int) -> str | None:
        """Key of the section whose body contains ``offset``."""
        for key, sec in self.sections.items():
            if sec.body_start <= offset < sec.body_end or (sec.heading and sec.heading.start <= offset < sec.heading.end):
                return key
        return None


def lines_of(doc: Document) -> list[Line]:
    out = []
    for block in doc.blocks:
        pos = block.start
        for part in block.text.split("\n"):
            if part.strip():
                out.append(Line(part, pos, pos + len(part), block))
            pos += len(part) + 1
    return out


class _Matcher:
    """Precomputed comparison keys for one form."""

    def __init__(self, form: FormDef):
        self.form = form
        self.heading_choices: list[tuple[str, str]] = [
            (heading_key(v), s.key) for s in form.sections for v in s.variants]
        self.heading_keys = [c for c, _ in self.heading_choices]
        # Label variants are compared with every line of their section: key them once.
        self.label_keys = {v: heading_key(v) for s in form.sections for ld in s.labels for v in ld.variants}
        # Half the lines of a report recur in others (the form's questions, labels, headings): the
        # answers for recently seen lines are kept (the matcher lives as long as the process).
        self.heading = lru_cache(maxsize=_LINE_CACHE)(self.heading)
        self.prompt_at_start = lru_cache(maxsize=_LINE_CACHE)(self.prompt_at_start)
        self.label = lru_cache(maxsize=_LINE_CACHE)(self.label)
        self.prompt_units: list[tuple[str, str]] = [
            (_prompt_key(p), s.key) for s in form.sections for p in s.prompts]
        self.placeholders = {_prompt_key(p) for p in form.placeholders}
        # A heading inside a line: after the last sentence of the section before it, or before its prompt
        # on the same line (text from web pages and PDFs); by variant, longest first.
        variants = sorted(((v, s.key) for s in form.sections for v in s.variants), key=lambda vk: -len(vk[0]))
        self.inline_heading = re.compile(
            r"(?:(?<=^)|(?<=[.!?;)\]\"“”])[ \t]*|(?<=\S)[ \t]+)(?P<number>(?<![\w.])(?:\d{1,2}|[IVX]{1,4})\.[ \t]*)?(?:"
            + "|".join(f"(?P<h{i}>{_variant_pattern(v)})" for i, (v, _) in enumerate(variants))
            + r")[ \t]*:?", re.IGNORECASE)
        self.inline_keys = {f"h{i}": key for i, (_, key) in enumerate(variants)}

    def heading(self, text: str) -> tuple[str, float] | None:
        if len(text) > HEADING_MAX_CHARS:
            return None
        key = heading_key(text)
        if len(key) < 4:
            return None
        hit = process.extractOne(key, self.heading_keys, scorer=fuzz.ratio, score_cutoff=HEADING_MIN_CONFIRMED)
        if hit is None:
            return None
        return self.heading_choices[hit[2]][1], hit[1]

    def prompt_at_start(self, text: str) -> tuple[int, str] | None:
        """If ``text`` starts with a prompt (or is a cut-off prompt), return (chars consumed, section key)."""
        low = text.lower()
        lead = len(low) - len(_LEADING_MARK.sub("", low))
        rest = low[lead:]
        if len(rest.strip()) < PROMPT_PREFIX_MIN_CHARS and not rest.startswith("("):
            return None
        best: tuple[int, str, float] | None = None
        for unit, key in self.prompt_units:
            if len(rest) >= len(unit) - 3:
                window = rest[: len(unit) + 12]
                al = fuzz.partial_ratio_alignment(unit, window, score_cutoff=PROMPT_MIN)
                if al is None or al.dest_start > 3:
                    continue
                consumed, score = lead + al.dest_end, al.score
            else:
                # The whole line is the prompt, a little shortened, or cut off at its end (a truncated file);
                # a cut-off piece must be at least half the prompt so that a short heading cannot pass.
                score = fuzz.ratio(rest, unit)
                if len(rest) >= PROMPT_PREFIX_MIN_SHARE * len(unit):
                    score = max(score, fuzz.ratio(rest, unit[: len(rest)]))
                if score < PROMPT_MIN:
                    continue
                consumed = len(text)
            if best is None or (score, consumed) > (best[2], best[0]):
                best = (consumed, key, score)
        if best is None:
            return None
        consumed = best[0]
        # Swallow the rest of a question that ended with "?" or ".)" slightly beyond the alignment.
        tail = re.match(r"[^\s]{0,3}[?.:)]*", text[consumed:])
        return consumed + (tail.end() if tail else 0), best[1]

    def prompts_at_start(self, text: str) -> tuple[int, str] | None:
        """Like ``prompt_at_start`` but strips several prompts in a row ("Was ...? Welche ...?")."""
        total, key = 0, None
        while total < len(text):
            hit = self.prompt_at_start(text[total:])
            if not hit or hit[0] <= 0:
                break
            total += hit[0]
            key = key or hit[1]
        return (total, key) if key else None

    def is_placeholder(self, text: str) -> bool:
        return _prompt_key(text).strip(" .") in {p.strip(" .") for p in self.placeholders} or not re.search(
            r"\w", text)

    def label(self, text: str, labels: tuple[LabelDef, ...]) -> tuple[LabelDef, int | None] | None:
        """Match a label line; return (label, offset where a same-line value starts or None)."""
        if len(text) > LABEL_MAX_CHARS * 3:
            return None
        candidates = [(text, None)]
        colon = text.find(":")
        if 0 < colon < LABEL_MAX_CHARS:
            candidates.insert(0, (text[:colon], colon + 1))
        for cand, value_at in candidates:
            if value_at is None and len(cand) > LABEL_MAX_CHARS:
                continue
            key = heading_key(cand)
            if not key:
                continue
            best = None
            for ld in labels:
                for variant in ld.variants:
                    score = fuzz.ratio(key, self.label_keys.get(variant) or heading_key(variant))
                    if score >= LABEL_MIN and (best is None or score > best[1]):
                        best = (ld, score)
            if best:
                if value_at is not None and not text[value_at:].strip():
                    value_at = None
                return best[0], value_at
        return None


def _variant_pattern(variant: str) -> str:
    """A heading's wording as a regex: any run of spaces, and spaces or none around a slash."""
    words = [re.escape(w) for w in variant.replace("/", " / ").split()]
    return r"[ \t]+".join(words).replace(r"[ \t]+/[ \t]+", r"[ \t]*/[ \t]*")


def unglue(lines: list[Line], m: _Matcher) -> list[Line]:
    """Lines with a heading glued to the sentence before it ("... gut angenommen. Themenfelder") or to its
    prompt ("Themenfelder Welche Themen wurden ...?") are split there, so the heading has its own line.
    Only where the line ends after the heading or the heading's own prompt follows it: "Themen" in a
    sentence stays where it is."""
    out: list[Line] = []
    for ln in lines:
        whole = m.heading(ln.text)
        if whole and whole[1] >= HEADING_MIN_PLAIN:  # the line is a heading as it is
            out.append(ln)
            continue
        cut = _glued_heading(ln.text, m)
        if cut is None:
            out.append(ln)
            continue
        start, end = cut
        for a, b in ((0, start), (start, end), (end, len(ln.text))):
            piece = ln.text[a:b]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                text = piece.strip()
                out.append(Line(text, ln.start + a + lead, ln.start + a + lead + len(text), ln.block))
    return out


_SENTENCE_END = ".!?;)]\"“”"


def _glued_heading(text: str, m: _Matcher) -> tuple[int, int] | None:
    """(start, end) of a heading inside ``text`` that the line's text before or after shows to be glued."""
    for hit in m.inline_heading.finditer(text):
        start = hit.start("number") if hit.group("number") else hit.start(hit.lastgroup)
        key = m.inline_keys[hit.lastgroup]  # the wording's group closes last
        before = text[:start].rstrip()
        if before and before[-1] not in _SENTENCE_END and len(hit.group(hit.lastgroup)) < GLUED_MIN_CHARS:
            continue  # "... besprochen wurden die Themen": a short word after a word is no heading
        rest = text[hit.end():].strip()
        own_prompt = bool(rest) and (m.prompts_at_start(rest) or (0, None))[1] == key
        if (start > 0 and not rest) or own_prompt:
            return start, hit.end()
    return None


@lru_cache(maxsize=8)
def _matcher(form: FormDef) -> _Matcher:
    """One matcher per form for the whole process (its keys are the same for every document)."""
    return _Matcher(form)


def is_placeholder(form: FormDef, text: str) -> bool:
    """Whether ``text`` says nothing: one of the form's placeholders ("k. A."), or no word at all."""
    return _matcher(form).is_placeholder(text)


def _styled(line: Line, body_size: float | None) -> bool:
    b = line.block
    if b.kind == "heading" or b.bold:
        return True
    return bool(b.font_size and body_size and b.font_size >= body_size + 1.0)


def body_font_size(doc: Document) -> float | None:
    """The font size most of the text is set in, if the format says."""
    sizes: dict[float, int] = {}
    for b in doc.blocks:
        if b.font_size:
            sizes[b.font_size] = sizes.get(b.font_size, 0) + len(b.text)
    return max(sizes, key=sizes.get) if sizes else None


def split(doc: Document, form: FormDef) -> SectionMap:
    m = _matcher(form)
    lines = unglue(lines_of(doc), m)
    body_size = body_font_size(doc)

    # 1. Prompt lines (the form's questions), wherever they are.
    prompt_of: dict[int, tuple[int, str]] = {}
    whole_line_heading = [m.heading(ln.text) for ln in lines]  # computed once, used twice
    for i, ln in enumerate(lines):
        heading = whole_line_heading[i]
        if heading and heading[1] >= HEADING_MIN_PLAIN:
            continue  # a line that is plainly a heading is not a prompt, whatever it shares with one
        hit = m.prompts_at_start(ln.text)
        if hit:
            prompt_of[i] = hit

    # 2. Heading candidates, scored by text similarity and supporting evidence.
    candidates: list[tuple[tuple, int, str, int | None]] = []  # (rank, line index, key, body offset in line)
    for i, ln in enumerate(lines):
        if i in prompt_of and prompt_of[i][0] >= len(ln.text) - 1:
            continue
        for text, cut in _heading_texts(ln.text):
            hit = whole_line_heading[i] if cut is None else m.heading(text)
            if not hit:
                continue
            key, score = hit
            confirmed = any(prompt_of.get(j, (0, None))[1] == key for j in range(i + 1, min(i + 1 + LOOKAHEAD_LINES,
                                                                                          len(lines))))
            styled = _styled(ln, body_size)
            need = HEADING_MIN_PREFIX if cut is not None else (
                HEADING_MIN_CONFIRMED if confirmed else HEADING_MIN_STYLED if styled else HEADING_MIN_PLAIN)
            if score >= need:
                candidates.append(((confirmed, styled, cut is None, score, -i), i, key, cut))
                break

    chosen: dict[str, tuple[tuple, int, int | None]] = {}
    used_lines: set[int] = set()
    for rank, i, key, cut in sorted(candidates, reverse=True):
        if key in chosen or i in used_lines:
            continue
        chosen[key] = (rank, i, cut)
        used_lines.add(i)
    _cut_off_prompt(lines, chosen, prompt_of, form)

    # 3. Boundaries: found headings, and prompts of sections whose heading is absent (a headless answer).
    anchors: list[tuple[int, str, Span | None, int]] = []  # (line index, key, heading span, body start)
    for key, (_, i, cut) in chosen.items():
        ln = lines[i]
        head_text = ln.text if cut is None else ln.text[:cut]
        head_text = head_text.rstrip()
        body_start = ln.end if cut is None else ln.start + cut
        anchors.append((i, key, Span(head_text, ln.start, ln.start + len(head_text)), body_start))
    for i, (_, key) in sorted(prompt_of.items()):
        if key not in chosen and key not in {a[1] for a in anchors}:
            anchors.append((i, key, None, lines[i].start))
    anchors.sort()

    sections: dict[str, SectionSpan] = {}
    labels: dict[str, LabelValue] = {}
    warnings: list[RecordWarning] = []
    ends = [a[0] for a in anchors[1:]] + [len(lines)]
    for (i, key, head, body_start), stop in zip(anchors, ends):
        sdef = form.section(key)
        body_end = lines[stop].start if stop < len(lines) else len(doc.text)
        sec = SectionSpan(key, head, body_start, body_end)
        first = i if head is None else i + 1
        body_lines = lines[first:stop]
        if head is not None and body_start < lines[i].end:  # "Heading: answer" on one line
            body_lines = [Line(lines[i].text[body_start - lines[i].start:], body_start, lines[i].end,
                               lines[i].block)] + body_lines
        _fill_section(sec, sdef, body_lines, m, prompt_of, lines, labels)
        sec.answer_text = _join_answer(doc.text, sec.answer)
        sections[key] = sec
        if head is None:
            warnings.append(RecordWarning(
                code="heading_missing", section=key,
                message=f"the heading of '{sdef.heading}' is missing; its answer was found after the section's "
                        f"prompt question"))

    # Labels typed before any heading (the heading of their section was left out).
    label_sections = [s for s in form.sections if s.labels and s.key not in sections]
    if label_sections and lines:
        first_anchor = anchors[0][0] if anchors else len(lines)
        for sdef in label_sections:
            _collect_labels(sdef, lines[:first_anchor], m, labels)

    n_headings = sum(1 for s in sections.values() if s.heading)
    looks_like_form = (n_headings >= 2 or len(labels) >= 3 or len(prompt_of) >= 2
                       or (n_headings == 1 and (len(prompt_of) + len(labels)) >= 1))
    if not looks_like_form:
        sections, labels = {}, {}
        warnings = [RecordWarning(code=NOT_A_FORM, message=f"the document does not look like the '{form.name}' "
                                                             f"form: none of its headings, prompts or labels were found")]
    return SectionMap(sections=sections, labels=labels, looks_like_form=looks_like_form, warnings=warnings)


def _cut_off_prompt(lines: list[Line], chosen: dict, prompt_of: dict[int, tuple[int, str]], form: FormDef) -> None:
    """A file cut off inside a prompt question ends in its first letters ("Welc", "Ne"): the last line,
    right after its section's heading (and prompts), that begins one of that section's prompts is a prompt."""
    last = len(lines) - 1
    if last < 1 or last in prompt_of:
        return
    heads = [(i, key, cut) for key, (_, i, cut) in chosen.items() if i < last]
    if not heads:
        return
    i, key, cut = max(heads)
    if cut is not None or any(j not in prompt_of for j in range(i + 1, last)):
        return  # an answer came before it
    text = lines[last].text.strip().lower()
    if len(text) >= 2 and any(p.lower().startswith(text) for p in form.section(key).prompts):
        prompt_of[last] = (len(lines[last].text), key)


def _join_answer(text: str, pieces: list[Span]) -> str | None:
    """Answer pieces joined with the original line breaks; a gap where a prompt was becomes a blank line."""
    if not pieces:
        return None
    out = [pieces[0].text]
    for prev, cur in zip(pieces, pieces[1:]):
        between = text[prev.end:cur.start]
        out.append(between if not between.strip() else "\n\n")
        out.append(cur.text)
    return "".join(out)


def _heading_texts(text: str):
    """The whole line, then (for "Heading: answer") the part before the first colon."""
    yield text, None
    colon = text.find(":")
    if 3 < colon < HEADING_MAX_CHARS and text[colon + 1:].strip():
        yield text[:colon + 1], colon + 1


def _fill_section(sec: SectionSpan, sdef: SectionDef, body: list[Line], m: _Matcher,
                  prompt_of: dict[int, tuple[int, str]], all_lines: list[Line],
                  labels: dict[str, LabelValue]) -> None:
    index = {id(ln): k for k, ln in enumerate(all_lines)}
    for ln in body:
        k = index.get(id(ln))
        cut = 0
        if k is not None and k in prompt_of:
            cut = prompt_of[k][0]
        elif k is None:  # the remainder of a "Heading: answer" line may start with a prompt too
            hit = m.prompts_at_start(ln.text)
            cut = hit[0] if hit else 0
        if cut:
            sec.prompts.append(Span(ln.text[:cut].rstrip(), ln.start, ln.start + len(ln.text[:cut].rstrip())))
        rest = ln.text[cut:]
        stripped = rest.strip()
        if stripped:
            s = ln.start + cut + (len(rest) - len(rest.lstrip()))
            sec.answer.append(Span(stripped, s, s + len(stripped)))
    # A placeholder ("k. A.") stays visible in the answer text, but the section counts as unanswered.
    if sdef.labels:
        found = _collect_labels(sdef, body, m, labels)
        sec.answered = any(lv.value and not m.is_placeholder(lv.value) for lv in found) or (
            not found and any(not m.is_placeholder(a.text) for a in sec.answer))
    else:
        sec.answered = any(not m.is_placeholder(a.text) for a in sec.answer)


def _collect_labels(sdef: SectionDef, body: list[Line], m: _Matcher,
                    labels: dict[str, LabelValue]) -> list[LabelValue]:
    found: list[LabelValue] = []
    current: LabelValue | None = None
    first_lines: dict[CellKey, str] = {}
    for ln in body:
        key = _cell_key(ln)
        if key is not None:
            first_lines.setdefault(key, ln.text)
    # Table cells pair by the table's rows and columns; other lines belong to the label above them.
    value_of = pair_cells(first_lines, lambda text: m.label(text, sdef.labels) is not None) if first_lines else {}
    of_cell: dict[CellKey, LabelValue] = {}
    in_cell: CellKey | None = None
    for ln in body:
        key = _cell_key(ln)
        if key is not None and key != in_cell:
            current = None  # a value does not run on from one cell into the next
        in_cell = key
        if key in value_of:
            current = of_cell.get(value_of[key])
            if current is not None and ln.text.strip():
                current.lines.append(_stripped(ln))
            continue
        hit = m.label(ln.text, sdef.labels)
        if hit:
            ld, value_at = hit
            label_end = ln.end if value_at is None else ln.start + value_at
            label_text = ln.text[: label_end - ln.start].rstrip()
            current = LabelValue(ld.key, Span(label_text, ln.start, ln.start + len(label_text)))
            if key is not None:
                of_cell.setdefault(key, current)
            if ld.key not in labels:
                labels[ld.key] = current
                found.append(current)
            if value_at is not None:
                raw = ln.text[value_at:]
                s = ln.start + value_at + (len(raw) - len(raw.lstrip()))
                current.lines.append(Span(raw.strip(), s, s + len(raw.strip())))
            continue
        if current is not None and ln.text.strip():
            current.lines.append(_stripped(ln))
    return found


def _cell_key(ln: Line) -> CellKey | None:
    b = ln.block
    return (b.table, b.row or 0, b.col or 0) if b.kind == "table_cell" and b.table is not None else None


def _stripped(ln: Line) -> Span:
    return Span(ln.text.strip(), ln.start + (len(ln.text) - len(ln.text.lstrip())), ln.start + len(ln.text.rstrip()))
