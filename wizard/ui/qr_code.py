"""A link as a QR code image (QtGui only: the PDF uses it without any window)."""

from __future__ import annotations

import io
import math

from PySide6.QtGui import QImage

MIN_QR_PX = 320  # logical pixels: about 9 cm on a 24" 1080p screen
QUIET_ZONE = 4  # modules of white around the code, as the standard asks


def qr_image(url: str, min_px: int = MIN_QR_PX, dpr: float = 1.0) -> QImage:
    """The exact URL as a QR code image, at least `min_px` logical pixels wide.

    Raises ValueError for a URL the link rule refuses: a phone would go where it leads."""
    from wizard.content.links import is_allowed_url

    if not is_allowed_url(url):
        raise ValueError("not an allowed link: no QR code")
    import segno  # only when a code is drawn: keeps it off the page-switch path

    code = segno.make(url, error="m", micro=False)
    modules = code.symbol_size(scale=1, border=QUIET_ZONE)[0]
    scale = max(4, math.ceil(min_px / modules))
    device_scale = max(1, round(scale * max(dpr, 1.0)))
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=device_scale, border=QUIET_ZONE, dark="#000000",
              light="#ffffff")
    image = QImage.fromData(buffer.getvalue(), "PNG")
    image.setDevicePixelRatio(device_scale / scale)
    return image
