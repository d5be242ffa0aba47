"""Rings round option codes found on a page image (``raster.find_circle_marks``)."""

from __future__ import annotations

import numpy as np

from extractors.raster import find_circle_marks

DPI = 300
PT = DPI / 72


def _page(rings: list[tuple[float, float, float, str]]) -> np.ndarray:
    """A white 300 dpi strip with rings (x pt, y pt, height pt, what is inside)."""
    import cv2

    image = np.full((int(120 * PT), int(400 * PT)), 255, dtype=np.uint8)
    for x, y, h, inside in rings:
        cx, cy = int(x * PT), int(y * PT)
        axes = (int(h * 0.55 * PT), int(h / 2 * PT))
        cv2.ellipse(image, (cx, cy), axes, 0, 0, 360, 0, max(2, int(0.6 * PT)))
        if inside:
            scale = h * PT / 70
            size, _ = cv2.getTextSize(inside, cv2.FONT_HERSHEY_SIMPLEX, scale, 3)
            org = (cx - size[0] // 2, cy + size[1] // 2)
            cv2.putText(image, inside, org, cv2.FONT_HERSHEY_SIMPLEX, scale, 0, 3)
    return image


def test_a_small_ring_counts_when_it_holds_a_code_and_not_when_hollow() -> None:
    """A form printed reduced (two pages a sheet) rings its codes with 10 pt loops: one
    round a "2" is a circle, a hollow one as tall (a heading's capital "O") is not; a
    full-size ring counts as before, empty or not."""
    image = _page([(40, 40, 10, "2"), (120, 40, 10, ""), (200, 40, 15, ""), (280, 40, 15, "1")])
    found = sorted(round(m.bbox[0]) for m in find_circle_marks(image, dpi=DPI))
    assert len(found) == 3
    assert [x // 40 for x in found] == [0, 4, 6]
    assert all(m.kind == "circle" for m in find_circle_marks(image, dpi=DPI))
