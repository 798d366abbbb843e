"""Bold headings in a font with no bold face (WenQuanYi Micro Hei): stroke the outlines.

`emboldened_paragraph_class()` gives a reportlab Paragraph that fills *and strokes* its glyph
outlines (PDF text render mode 2). Imported lazily: reportlab is heavy.
"""

from __future__ import annotations

# Stroke width as a share of the font size: 3% thickens each stroke by about a quarter, like a
# bold face, and keeps the counters of dense characters (餐, 警) open at 10 pt and up.
EMBOLDEN = 0.03


def emboldened_paragraph_class():
    """A reportlab Paragraph that fills *and strokes* its glyph outlines (PDF text render
    mode 2), so a heading stands out in a font that has no bold face. The stroke is in the
    text colour, with round joins (no spikes at sharp corners). Imported lazily: reportlab
    is heavy."""
    global _EMBOLDENED
    if _EMBOLDENED is None:
        from reportlab.platypus import Paragraph

        class EmboldenedParagraph(Paragraph):
            def draw(self) -> None:
                canv = self.canv
                canv.saveState()
                canv.setStrokeColor(self.style.textColor)
                canv.setLineWidth(self.style.fontSize * EMBOLDEN)
                canv.setLineJoin(1)
                # Text state operators may stand outside a text object and last until the
                # graphics state is restored (PDF 32000-1, 9.3.1): every line of the
                # paragraph is drawn with fill then stroke.
                canv._code.append("2 Tr")
                try:
                    super().draw()
                finally:
                    canv._code.append("0 Tr")
                    canv.restoreState()

        _EMBOLDENED = EmboldenedParagraph
    return _EMBOLDENED


_EMBOLDENED = None
