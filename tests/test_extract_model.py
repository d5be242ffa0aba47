"""The normalised document model: lines, reading order, text, JSON round trip."""

from __future__ import annotations

import time

from extractors.document import (
    Document,
    Line,
    Mark,
    Page,
    Word,
    group_lines,
    union_bbox,
)


def _w(text: str, x0: float, y0: float, x1: float, y1: float, **kw: object) -> Word:
    return Word(text, (x0, y0, x1, y1), **kw)  # type: ignore[arg-type]


def test_label_and_far_value_on_one_row_share_a_line() -> None:
    words = [
        _w("Koba", 300, 101, 330, 111),
        _w("Nama", 72, 100, 100, 110),
        _w("Instansi:", 103, 100, 150, 110),
        _w("Alamat:", 72, 120, 110, 130),
    ]
    lines = group_lines(words)
    assert [line.text() for line in lines] == ["Nama Instansi: Koba", "Alamat:"]
    assert lines[0].bbox == (72, 100, 330, 111)


def test_a_tall_glyph_does_not_merge_two_lines() -> None:
    words = [
        _w("☒", 72, 98, 90, 126),  # a big checkbox spanning both rows
        _w("Ya", 95, 100, 110, 110),
        _w("Tidak", 95, 115, 125, 125),
    ]
    texts = [line.text() for line in group_lines(words)]
    assert "Ya" in texts[0] and "Tidak" in texts[-1]
    assert len(texts) == 2


def test_page_text_joins_side_by_side_cells_with_a_tab() -> None:
    label = Line.of([_w("Nama", 72, 100, 100, 110)], cell=(0, 0, 0))
    value = Line.of([_w("Koba", 300, 100, 330, 110)], cell=(0, 0, 1))
    below = Line.of([_w("Alamat", 72, 114, 110, 124)], cell=(0, 1, 0))
    page = Page(1, 595, 842, (label, value, below), "docx")
    assert page.text() == "Nama\tKoba\nAlamat"


def test_document_json_round_trip_keeps_everything() -> None:
    words = [
        _w("Nama", 72.123, 100, 100, 110, confidence=0.91, source="ocr"),
        _w("☒", 150, 100, 160, 110, source="acroform"),
    ]
    page = Page(
        number=1,
        width=595.28,
        height=841.89,
        lines=(Line.of(words, cell=(2, 3, 1)),),
        source="ocr",
        dpi=300,
        rotation=90,
        skew=1.95,
        marks=(Mark((150, 100, 160, 110), "checked", 1.0, "uji_coba"),),
    )
    doc = Document(
        pages=(page,),
        source_kind="pdf",
        file_name="fs3.pdf",
        form_fields={"uji_coba": True, "instansi": "Dinas"},
        warnings=("dpi assumed",),
    )
    back = Document.from_json(doc.to_json())
    assert back.to_dict() == doc.to_dict()
    assert back.pages[0].lines[0].cell == (2, 3, 1)
    assert back.pages[0].marks[0].name == "uji_coba"
    assert back.ocr_pages == 1


def test_union_bbox_and_line_confidence() -> None:
    line = Line.of([_w("a", 1, 2, 3, 4, confidence=0.5), _w("b", 0, 3, 5, 6, confidence=0.9)])
    assert line.bbox == union_bbox([(1, 2, 3, 4), (0, 3, 5, 6)]) == (0, 2, 5, 6)
    assert line.confidence == 0.5


def test_grouping_five_thousand_words_is_fast() -> None:
    """A dense page has thousands of words; grouping must not be the slow part."""
    words = [
        _w(f"w{i}", (i % 50) * 11, (i // 50) * 8, (i % 50) * 11 + 10, (i // 50) * 8 + 7)
        for i in range(5000)
    ]
    started = time.perf_counter()
    lines = group_lines(words)
    assert time.perf_counter() - started < 0.5
    assert len(lines) == 100
    assert all(len(line.words) == 50 for line in lines)
