"""Deterministic renderer of the Scorpion Stretch demonstration clips, posters and contact sheet.

Run from the repository root:

    .venv/bin/python resources/renderer/render.py            # all five clips, posters, contact sheet
    .venv/bin/python resources/renderer/render.py --only 3   # one clip and its poster
    .venv/bin/python resources/renderer/render.py --frames 0,60,180 --out /tmp/frames  # PNG frames only

(`python -m resources.renderer.render` works too.) Two worker processes render two clips at once;
every clip and poster comes out byte-identical however many workers are used.

The figure is a skeleton in 3-D (scorpion_pose.py) drawn with QPainter as shaded capsules and
ellipsoids under an orthographic camera, sorted back to front (painter's algorithm). Nothing depends
on time, randomness or the machine, so the same code gives the same pixels; frames are piped as raw
RGB into the ffmpeg binary of imageio-ffmpeg with settings pinned for byte-stable H.264 output.
"""

from __future__ import annotations

import argparse
import math
import multiprocessing
import os
import subprocess
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPen,
    QPolygonF,
    QRadialGradient,
    QTransform,
)

# The pose module sits beside this file; resources/ is data, not a package, so find it by path
# whether this runs as a script, as `python -m resources.renderer.render` or imported by a test.
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
import scorpion_pose as sp

Vec = sp.Vec

REPO = Path(__file__).resolve().parents[2]
WIDTH, HEIGHT, FPS = 1280, 720, 30
FRAMES = round(sp.CLIP_SECONDS * FPS)
#: The poster shows the left side at its peak.
POSTER_TIME = 2.0
NAMES = {
    1: "Hip off the floor",
    2: "Hips at 90",
    3: "Foot to the floor",
    4: "Foot reach",
    5: "Foot to the hand",
}

# --------------------------------------------------------------------------------------------------
# Camera


@dataclass(frozen=True)
class Camera:
    """Orthographic camera, raised and looking from the head end, off to the figure's right side.

    Azimuth is measured from the head direction (+y) towards the figure's right (+x): 35 degrees
    here, i.e. 55 degrees from the side axis. From 55 degrees off the head axis a leg crossing to
    the far side points straight away from the camera and its shin all but vanishes; from 35
    degrees both sides' crossings read as movements across the picture. Elevation 44 degrees.
    Orthographic projection maps a sphere to a circle and an ellipsoid to an ellipse, which is
    what lets QPainter draw every part exactly."""

    azimuth: float = math.radians(35.0)
    elevation: float = math.radians(44.0)
    #: World point that lands at the screen position `anchor` (fractions of the frame).
    target: Vec = (0.02, -0.16, 0.0)
    anchor: tuple[float, float] = (0.462, 0.515)
    #: Pixels per metre at 1280 pixels wide.
    zoom: float = 412.0

    @property
    def towards(self) -> Vec:
        """Unit vector from the scene towards the camera."""
        ce = math.cos(self.elevation)
        return (math.sin(self.azimuth) * ce, math.cos(self.azimuth) * ce, math.sin(self.elevation))

    @property
    def right(self) -> Vec:
        return sp.unit(sp.cross(sp.mul(self.towards, -1.0), sp.Z_AXIS))

    @property
    def up(self) -> Vec:
        return sp.cross(self.right, sp.mul(self.towards, -1.0))


class View:
    """A camera bound to an image size: projection to pixels and depth."""

    def __init__(self, camera: Camera, width: int, height: int) -> None:
        self.camera, self.width, self.height = camera, width, height
        self._r, self._u, self._d = camera.right, camera.up, camera.towards
        self.scale = camera.zoom * width / WIDTH
        self.cx, self.cy = camera.anchor[0] * width, camera.anchor[1] * height

    def project(self, p: Vec) -> QPointF:
        q = sp.sub(p, self.camera.target)
        return QPointF(self.cx + self.scale * sp.dot(q, self._r), self.cy - self.scale * sp.dot(q, self._u))

    def screen_dir(self, v: Vec) -> tuple[float, float]:
        """A world direction as a screen direction (not normalised, y down)."""
        return (sp.dot(v, self._r), -sp.dot(v, self._u))

    def depth(self, p: Vec) -> float:
        """Larger is farther from the camera."""
        return -sp.dot(p, self._d)

    def plane(self, z: float, extra: QTransform | None = None) -> QTransform:
        """Affine map from floor coordinates (x, y) at height z to pixels (orthographic => affine)."""
        r, u = self._r, self._u
        o = self.project((0.0, 0.0, z))
        t = QTransform(
            self.scale * r[0], -self.scale * u[0], self.scale * r[1], -self.scale * u[1], o.x(), o.y()
        )
        return t * extra if extra is not None else t


CAMERA = Camera()

# --------------------------------------------------------------------------------------------------
# Materials and lighting

LIGHT: Vec = sp.unit((0.55, 0.75, 1.0))
AMBIENT = 0.42
DIFFUSE = 0.66
SPECULAR = 0.16
SHININESS = 18.0

MATERIALS: dict[str, tuple[int, int, int]] = {
    "skin": (226, 187, 158),
    "hair": (86, 62, 48),
    "shirt": (112, 140, 170),
    "shorts": (86, 96, 116),
    "legging": (96, 106, 122),
    "work": (244, 132, 52),
}
#: Outline colour factor and width (pixels at 1280 wide) per material.
OUTLINE: dict[str, tuple[float, float]] = {"work": (0.55, 1.9), "shirt": (0.7, 1.0), "shorts": (0.7, 1.0)}
DEFAULT_OUTLINE = (0.58, 1.1)

FLOOR = (222, 216, 206)
MAT_TOP = (104, 152, 150)
MAT_SIDE = (70, 110, 108)
TOWEL = (240, 236, 226)
TOWEL_STRIPE = (196, 206, 214)
#: The mat's outline on the floor (x0, y0, x1, y1) and its thickness.
MAT_RECT = (-0.37, -1.25, 0.37, 0.97)
MAT_THICKNESS = 0.009


def shade(base: tuple[int, int, int], n: Vec, view_dir: Vec) -> QColor:
    """Lambert plus a soft Blinn highlight; colours stay within 0-255."""
    lam = max(0.0, sp.dot(n, LIGHT))
    half = sp.unit(sp.add(LIGHT, view_dir))
    spec = SPECULAR * max(0.0, sp.dot(n, half)) ** SHININESS
    k = AMBIENT + DIFFUSE * lam
    r, g, b = (min(255, round(c * k + 255 * spec)) for c in base)
    return QColor(r, g, b)


def _scaled(rgb: tuple[int, int, int], k: float, alpha: int = 255) -> QColor:
    r, g, b = (min(255, round(c * k)) for c in rgb)
    return QColor(r, g, b, alpha)


def _darker(c: QColor, k: float) -> QColor:
    return _scaled((c.red(), c.green(), c.blue()), k)


# --------------------------------------------------------------------------------------------------
# Drawing body parts


def _arc(cx: float, cy: float, r: float, a0: float, a1: float, n: int) -> list[QPointF]:
    return [
        QPointF(cx + r * math.cos(a0 + (a1 - a0) * i / n), cy + r * math.sin(a0 + (a1 - a0) * i / n))
        for i in range(n + 1)
    ]


def _outline_pen(material: str, view: View) -> QPen:
    k, w = OUTLINE.get(material, DEFAULT_OUTLINE)
    pen = QPen(_scaled(MATERIALS[material], k, 220), w * view.scale / CAMERA.zoom)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def draw_capsule(painter: QPainter, view: View, c: sp.Capsule) -> None:
    p1, p2 = view.project(c.a), view.project(c.b)
    r1, r2 = c.ra * view.scale, c.rb * view.scale
    dx, dy = p2.x() - p1.x(), p2.y() - p1.y()
    dist = math.hypot(dx, dy)
    if dist <= abs(r1 - r2) + 0.5:  # seen end-on: one sphere hides the other
        big = c.a if c.ra >= c.rb else c.b
        draw_ellipsoid(painter, view, _sphere(big, max(c.ra, c.rb), c.material))
        return
    # Outline of the convex hull of two circles: outer tangents, then the far half of each circle.
    # The tangent points' normals lean towards the smaller circle by alpha (they are at right angles
    # to the axis only when both radii are equal).
    phi = math.atan2(dy, dx)
    alpha = math.asin((r1 - r2) / dist)
    up = phi + math.pi / 2 - alpha
    down = phi - math.pi / 2 + alpha
    pts = _arc(p2.x(), p2.y(), r2, down, up, 20)
    pts += _arc(p1.x(), p1.y(), r1, up, down + 2 * math.pi, 20)
    poly = QPolygonF(pts)

    # Exact cylinder shading across the width: at normalised offset w the visible normal is
    # sqrt(1-w^2)*v + w*e, e the screen-perpendicular world direction, v facing the camera.
    axis = sp.unit(sp.sub(c.b, c.a))
    r, u = view.camera.right, view.camera.up
    e = sp.unit(sp.add(sp.mul(r, -sp.dot(axis, u)), sp.mul(u, sp.dot(axis, r))))
    d = view.camera.towards
    v = sp.unit(sp.sub(d, sp.mul(axis, sp.dot(d, axis))))
    es = view.screen_dir(e)
    rmax = max(r1, r2)
    mid = QPointF((p1.x() + p2.x()) / 2, (p1.y() + p2.y()) / 2)
    grad = QLinearGradient(
        QPointF(mid.x() - es[0] * rmax, mid.y() - es[1] * rmax),
        QPointF(mid.x() + es[0] * rmax, mid.y() + es[1] * rmax),
    )
    base = MATERIALS[c.material]
    rmean = (r1 + r2) / 2
    for i in range(13):
        pos = i / 12
        w = max(-1.0, min(1.0, (pos * 2 - 1) * rmax / rmean))
        n = sp.add(sp.mul(v, math.sqrt(max(0.0, 1 - w * w))), sp.mul(e, w))
        # Edges facing away from the camera get a little darker (soft occlusion).
        grad.setColorAt(pos, _darker(shade(base, n, d), 0.82 + 0.18 * math.sqrt(1 - w * w)))
    painter.setPen(_outline_pen(c.material, view))
    painter.setBrush(QBrush(grad))
    painter.drawPolygon(poly)


def _sphere(centre: Vec, r: float, material: str) -> sp.Ellipsoid:
    return sp.Ellipsoid(centre, ((r, 0.0, 0.0), (0.0, r, 0.0), (0.0, 0.0, r)), material)


def _ellipse_frame(a: tuple[float, float], b: tuple[float, float], c: tuple[float, float]) -> QTransform:
    """The 2-D transform mapping the unit circle onto the image of the unit ball under [a b c]."""
    sxx = a[0] * a[0] + b[0] * b[0] + c[0] * c[0]
    syy = a[1] * a[1] + b[1] * b[1] + c[1] * c[1]
    sxy = a[0] * a[1] + b[0] * b[1] + c[0] * c[1]
    # Eigen-decomposition of the symmetric 2x2 shape matrix.
    tr, det = sxx + syy, sxx * syy - sxy * sxy
    disc = math.sqrt(max(tr * tr / 4 - det, 0.0))
    l1, l2 = tr / 2 + disc, max(tr / 2 - disc, 1e-9)
    angle = 0.5 * math.atan2(2 * sxy, sxx - syy)
    ca, sa = math.cos(angle), math.sin(angle)
    r1, r2 = math.sqrt(l1), math.sqrt(l2)
    return QTransform(ca * r1, sa * r1, -sa * r2, ca * r2, 0.0, 0.0)


def _visible_normal(view: View, el: sp.Ellipsoid, sx: float, sy: float) -> Vec:
    """World normal of the ellipsoid's camera-facing surface at screen offset (sx, sy) pixels from
    its projected centre. With x = c + M u (|u| = 1): the projection Q = P M fixes u up to a step
    along Q's null vector k (M k points along the view); |u| = 1 and facing the camera fix the step,
    and the normal is M^-T u = sum u_i a_i / |a_i|^2."""
    a0, a1, a2 = el.axes
    (q0x, q0y), (q1x, q1y), (q2x, q2y) = view.screen_dir(a0), view.screen_dir(a1), view.screen_dir(a2)
    rx: Vec = (q0x, q1x, q2x)
    ry: Vec = (q0y, q1y, q2y)
    # Least-norm solution Q+ s = Q^T (Q Q^T)^-1 s, with s in world units.
    s = (sx / view.scale, sy / view.scale)
    gxx, gxy, gyy = sp.dot(rx, rx), sp.dot(rx, ry), sp.dot(ry, ry)
    det = gxx * gyy - gxy * gxy
    cx, cy = (gyy * s[0] - gxy * s[1]) / det, (gxx * s[1] - gxy * s[0]) / det
    u0 = sp.add(sp.mul(rx, cx), sp.mul(ry, cy))
    k = sp.unit(sp.cross(rx, ry))
    step = math.sqrt(max(0.0, 1.0 - sp.dot(u0, u0)))
    m_k = sp.add(sp.mul(a0, k[0]), sp.add(sp.mul(a1, k[1]), sp.mul(a2, k[2])))
    if sp.dot(m_k, view.camera.towards) < 0:
        step = -step
    u = sp.add(u0, sp.mul(k, step))
    n = sp.add(
        sp.mul(a0, u[0] / sp.dot(a0, a0)),
        sp.add(sp.mul(a1, u[1] / sp.dot(a1, a1)), sp.mul(a2, u[2] / sp.dot(a2, a2))),
    )
    return sp.unit(n)


def draw_ellipsoid(painter: QPainter, view: View, el: sp.Ellipsoid) -> None:
    centre = view.project(el.centre)
    a0, a1, a2 = el.axes
    k = view.scale
    (x0, y0), (x1, y1), (x2, y2) = view.screen_dir(a0), view.screen_dir(a1), view.screen_dir(a2)
    frame = _ellipse_frame((x0 * k, y0 * k), (x1 * k, y1 * k), (x2 * k, y2 * k))
    inv, _ = frame.inverted()

    # Highlight: the surface point whose normal faces the light. For x = c + M u the normal is
    # M^-T u, so the lit point is u = M^T L / |M^T L|.
    u0, u1, u2 = sp.unit((sp.dot(a0, LIGHT), sp.dot(a1, LIGHT), sp.dot(a2, LIGHT)))
    lit = view.project(sp.add(el.centre, sp.add(sp.mul(a0, u0), sp.add(sp.mul(a1, u1), sp.mul(a2, u2)))))
    focal = inv.map(QPointF(lit.x() - centre.x(), lit.y() - centre.y()))
    fx, fy = focal.x(), focal.y()
    fr = math.hypot(fx, fy)
    if fr > 0.6:  # a focal point near the rim makes a hard crescent on elongated shapes
        fx, fy = fx * 0.6 / fr, fy * 0.6 / fr
        fr = 0.6
    # A radial gradient from the highlight out to the rim, its colours the true shading of the
    # surface along the ray from the highlight to the far rim (the darkest side).
    grad = QRadialGradient(QPointF(0, 0), 1.0, QPointF(fx, fy))
    ux, uy = (-fx / fr, -fy / fr) if fr > 1e-6 else (0.0, 1.0)
    base = MATERIALS[el.material]
    d = view.camera.towards
    for i in range(11):
        g = i / 10
        px, py = fx + (ux - fx) * g, fy + (uy - fy) * g
        scr = frame.map(QPointF(px * 0.995, py * 0.995))
        n = _visible_normal(view, el, scr.x(), scr.y())
        # Like the capsules: surfaces turning away from the camera darken a little (soft occlusion).
        grad.setColorAt(g, _darker(shade(base, n, d), 0.86 + 0.14 * math.sqrt(max(0.0, sp.dot(n, d)))))
    painter.save()
    painter.translate(centre)
    painter.setTransform(frame, True)
    pen = _outline_pen(el.material, view)
    # The pen is drawn in the unit frame: a cosmetic pen keeps its width in pixels.
    pen.setCosmetic(True)
    painter.setPen(pen)
    painter.setBrush(QBrush(grad))
    painter.drawEllipse(QPointF(0, 0), 1.0, 1.0)
    painter.restore()


def _part_depth(view: View, p: sp.Part) -> float:
    if isinstance(p, sp.Capsule):
        return view.depth(sp.lerp(p.a, p.b, 0.5))
    return view.depth(p.centre) + p.depth_bias


# --------------------------------------------------------------------------------------------------
# Floor, mat, towel and shadows


def _towel_faces() -> list[tuple[list[Vec], Vec]]:
    (x0, y0, z0), (x1, y1, z1) = sp.TOWEL_MIN, sp.TOWEL_MAX
    return [
        ([(x0, y0, z1), (x1, y0, z1), (x1, y1, z1), (x0, y1, z1)], (0.0, 0.0, 1.0)),
        ([(x0, y1, z0), (x1, y1, z0), (x1, y1, z1), (x0, y1, z1)], (0.0, 1.0, 0.0)),
        ([(x0, y0, z0), (x1, y0, z0), (x1, y0, z1), (x0, y0, z1)], (0.0, -1.0, 0.0)),
        ([(x1, y0, z0), (x1, y1, z0), (x1, y1, z1), (x1, y0, z1)], (1.0, 0.0, 0.0)),
        ([(x0, y0, z0), (x0, y1, z0), (x0, y1, z1), (x0, y0, z1)], (-1.0, 0.0, 0.0)),
    ]


def draw_towel(painter: QPainter, view: View) -> None:
    d = view.camera.towards
    painter.setPen(QPen(_scaled(TOWEL, 0.72), 1.0 * view.scale / CAMERA.zoom))
    for corners, normal in _towel_faces():
        if sp.dot(normal, d) <= 0:
            continue
        k = AMBIENT + DIFFUSE * max(0.0, sp.dot(normal, LIGHT))
        painter.setBrush(_scaled(TOWEL, min(k, 1.02)))
        painter.drawPolygon(QPolygonF([view.project(p) for p in corners]))
    # The fold and two woven stripes on the top face.
    (x0, y0, _), (x1, y1, z1) = sp.TOWEL_MIN, sp.TOWEL_MAX
    painter.setPen(QPen(_scaled(TOWEL_STRIPE, 1.0), 3.0 * view.scale / CAMERA.zoom))
    for y in (y0 + 0.03, y1 - 0.03):
        painter.drawLine(view.project((x0 + 0.004, y, z1)), view.project((x1 - 0.004, y, z1)))
    painter.setPen(QPen(_scaled(TOWEL, 0.8), 1.2 * view.scale / CAMERA.zoom))
    painter.drawLine(view.project((x0, (y0 + y1) / 2, z1)), view.project((x1, (y0 + y1) / 2, z1)))


_BACKGROUNDS: dict[tuple[int, int], QImage] = {}


def background(view: View) -> QImage:
    """Floor and mat never move: draw them once per image size."""
    key = (view.width, view.height)
    if key not in _BACKGROUNDS:
        img = QImage(view.width, view.height, QImage.Format.Format_RGB32)
        painter = QPainter(img)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw_background(painter, view)
        painter.end()
        _BACKGROUNDS[key] = img
    return _BACKGROUNDS[key]


def draw_background(painter: QPainter, view: View) -> None:
    w, h = view.width, view.height
    grad = QRadialGradient(QPointF(w * 0.5, h * 0.45), w * 0.75)
    grad.setColorAt(0.0, _scaled(FLOOR, 1.03))
    grad.setColorAt(1.0, _scaled(FLOOR, 0.86))
    painter.fillRect(QRectF(0, 0, w, h), QBrush(grad))
    x0, y0, x1, y1 = MAT_RECT
    rect = QRectF(x0, y0, x1 - x0, y1 - y0)
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setTransform(view.plane(-MAT_THICKNESS))
    painter.setBrush(_scaled(MAT_SIDE, 1.0))
    painter.drawRoundedRect(rect, 0.04, 0.04)
    painter.setTransform(view.plane(0.0))
    painter.setBrush(_scaled(MAT_TOP, 1.0))
    painter.drawRoundedRect(rect, 0.04, 0.04)
    painter.restore()


SHADOW_DOWNSCALE = 6


def _blob(painter: QPainter, x: float, y: float, radius: float, darkness: float) -> None:
    grad = QRadialGradient(QPointF(x, y), radius)
    grad.setColorAt(0.0, QColor.fromRgbF(1 - darkness, 1 - darkness, 1 - darkness))
    grad.setColorAt(0.55, QColor.fromRgbF(1 - darkness * 0.7, 1 - darkness * 0.7, 1 - darkness * 0.7))
    grad.setColorAt(1.0, QColor(255, 255, 255))
    painter.setBrush(QBrush(grad))
    painter.drawEllipse(QPointF(x, y), radius, radius)


def shadow_layer(view: View, parts: Sequence[sp.Part]) -> QImage:
    """A soft contact shadow: floor blobs drawn at reduced size and scaled up (a cheap, exact-same-
    every-time blur), combined with 'darken' so overlapping blobs do not pile up."""
    sw, sh = -(-view.width // SHADOW_DOWNSCALE), -(-view.height // SHADOW_DOWNSCALE)
    img = QImage(sw, sh, QImage.Format.Format_RGB32)
    img.fill(QColor(255, 255, 255))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setCompositionMode(QPainter.CompositionMode.CompositionMode_Darken)
    p.setPen(Qt.PenStyle.NoPen)
    p.setTransform(view.plane(0.0, QTransform.fromScale(1 / SHADOW_DOWNSCALE, 1 / SHADOW_DOWNSCALE)))

    def blob_at(c: Vec, r: float) -> None:
        # A dark contact shadow close to the mat, and a wider, fainter one under raised limbs (light
        # from almost straight above) that shows where a lifted leg is over the floor.
        h = max(c[2] - r, 0.0)
        darkness = 0.30 * math.exp(-h / 0.06) + 0.16 * math.exp(-h / 0.6)
        _blob(p, c[0] - 0.12 * h, c[1] - 0.18 * h, r * 1.15 + 0.28 * h + 0.015, darkness)

    for part in parts:
        if isinstance(part, sp.Capsule):
            n = max(1, math.ceil(sp.length(sp.sub(part.b, part.a)) / 0.045))
            for i in range(n + 1):
                k = i / n
                blob_at(sp.lerp(part.a, part.b, k), part.ra + (part.rb - part.ra) * k)
        else:
            radii = [sp.length(a) for a in part.axes]
            flat = [a for a, _ in sorted(zip(part.axes, radii, strict=True), key=lambda ar: -abs(ar[0][2]))]
            # Footprint of an ellipsoid: blobs along its two most horizontal axes.
            r = min(radii)
            for ax in flat[1:]:
                for k in (-0.6, 0.0, 0.6):
                    blob_at(sp.add(part.centre, sp.mul(ax, k)), r)
    (x0, y0, _), (x1, y1, _) = sp.TOWEL_MIN, sp.TOWEL_MAX
    grad_rect = QRectF(x0 - 0.02, y0 - 0.02, x1 - x0 + 0.04, y1 - y0 + 0.04)
    p.setBrush(QColor.fromRgbF(0.72, 0.72, 0.72))
    p.drawRoundedRect(grad_rect, 0.03, 0.03)
    p.end()
    return img.scaled(
        view.width,
        view.height,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


# --------------------------------------------------------------------------------------------------
# Frames


def ensure_app() -> QCoreApplication:
    """QPainter on a QImage wants a (GUI) application for fonts; reuse whichever one exists (a
    test's QApplication included), else make a QGuiApplication."""
    app = QCoreApplication.instance()
    if app is None:
        app = QGuiApplication([sys.argv[0] if sys.argv else "render"])
    return app


def render_frame(progression: int, t: float, size: tuple[int, int] = (WIDTH, HEIGHT)) -> QImage:
    """The picture of `progression` (1-5) at `t` seconds into its 8 s clip, as an RGB32 QImage."""
    ensure_app()
    width, height = size
    view = View(CAMERA, width, height)
    parts = sp.pose_at(progression, t)
    img = background(view).copy()
    painter = QPainter(img)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
    painter.drawImage(0, 0, shadow_layer(view, parts))
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)

    # Painter's algorithm: farthest first; ties keep the pose's order (the hair after the head).
    towel: list[tuple[float, int, sp.Part | None]] = [
        (view.depth(sp.lerp(sp.TOWEL_MIN, sp.TOWEL_MAX, 0.5)), -1, None)
    ]
    items = towel + [(_part_depth(view, part), i, part) for i, part in enumerate(parts)]
    for _, _, item in sorted(items, key=lambda it: (-it[0], it[1])):
        if item is None:
            draw_towel(painter, view)
        elif isinstance(item, sp.Capsule):
            draw_capsule(painter, view, item)
        else:
            draw_ellipsoid(painter, view, item)
    painter.end()
    return img


def rgb_bytes(img: QImage) -> bytes:
    """Tightly packed RGB24 rows (what ffmpeg's rawvideo rgb24 expects)."""
    rgb = img.convertToFormat(QImage.Format.Format_RGB888)
    w, h, stride = rgb.width(), rgb.height(), rgb.bytesPerLine()
    data = bytes(rgb.constBits())
    if stride == w * 3:
        return data[: w * h * 3]
    return b"".join(data[y * stride : y * stride + w * 3] for y in range(h))


# --------------------------------------------------------------------------------------------------
# Encoding


def ffmpeg_exe() -> str:
    import imageio_ffmpeg

    return str(imageio_ffmpeg.get_ffmpeg_exe())


#: Convert to yuv420p with the BT.601 matrix, then tag the frames BT.601 (Qt converts tagged BT.601
#: back within one level; BT.709 shifted colours). The tags go on the frames with setparams: this
#: ffmpeg takes a frame's colour properties over -color_primaries / -color_trc, which alone left
#: the primaries and transfer "unknown".
ENCODE_FILTER = (
    "scale=out_color_matrix=bt601:out_range=tv:flags=bicubic+accurate_rnd+full_chroma_int,format=yuv420p,"
    "setparams=range=tv:color_primaries=smpte170m:color_trc=smpte170m:colorspace=smpte170m"
)
CRF = 24


def encode_command(path: Path, width: int = WIDTH, height: int = HEIGHT) -> list[str]:
    # Everything that could vary between runs is pinned: threads, bit-exact muxing, no metadata.
    return [
        ffmpeg_exe(),
        "-hide_banner",
        "-loglevel",
        "error",
        "-y",
        "-f",
        "rawvideo",
        "-pix_fmt",
        "rgb24",
        "-s",
        f"{width}x{height}",
        "-r",
        str(FPS),
        "-i",
        "-",
        "-an",
        "-vf",
        ENCODE_FILTER,
        "-c:v",
        "libx264",
        "-preset",
        "slow",
        "-tune",
        "animation",
        "-crf",
        str(CRF),
        "-profile:v",
        "high",
        "-pix_fmt",
        "yuv420p",
        "-g",
        "15",
        "-bf",
        "0",
        "-sc_threshold",
        "0",
        "-threads",
        "1",
        "-colorspace",
        "smpte170m",
        "-color_primaries",
        "smpte170m",
        "-color_trc",
        "smpte170m",
        "-color_range",
        "tv",
        "-movflags",
        "+faststart",
        "-fflags",
        "+bitexact",
        "-flags:v",
        "+bitexact",
        "-map_metadata",
        "-1",
        "-f",
        "mp4",
        str(path),
    ]


def save_png(img: QImage, path: Path) -> None:
    # Quality 0 is zlib's strongest compression for Qt's PNG writer (slower to write, smaller file).
    # (PySide6's stubs ask for bytes as the format; the binding itself takes only str.)
    if not img.save(str(path), "PNG", 0):  # type: ignore[call-overload]
        raise OSError(f"could not write {path}")


def render_clip(progression: int, out_dir: Path) -> tuple[int, float]:
    """Render one clip and its poster; returns (progression, seconds taken)."""
    start = time.perf_counter()
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"scorpion-{progression}.mp4"
    tmp = path.with_suffix(".part.mp4")
    proc = subprocess.Popen(encode_command(tmp), stdin=subprocess.PIPE)
    assert proc.stdin is not None
    try:
        for n in range(FRAMES):
            proc.stdin.write(rgb_bytes(render_frame(progression, n / FPS)))
    finally:
        proc.stdin.close()
        rc = proc.wait()
    if rc != 0:
        tmp.unlink(missing_ok=True)
        raise RuntimeError(f"ffmpeg failed ({rc}) for {path}")
    tmp.replace(path)
    save_png(render_frame(progression, POSTER_TIME), out_dir / f"scorpion-{progression}.png")
    return progression, time.perf_counter() - start


def _worker_init() -> None:
    ensure_app()


def _clip_job(args: tuple[int, str]) -> tuple[int, float]:
    return render_clip(args[0], Path(args[1]))


def render_clips(progressions: Iterable[int], out_dir: Path, jobs: int) -> None:
    todo = [(n, str(out_dir)) for n in progressions]
    if jobs <= 1 or len(todo) <= 1:
        for job in todo:
            n, secs = _clip_job(job)
            print(f"scorpion-{n}: {secs:.1f} s", flush=True)
        return
    # Spawned workers (not forked): each builds its own Qt application from scratch.
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(jobs, initializer=_worker_init) as pool:
        for n, secs in pool.imap_unordered(_clip_job, todo):
            print(f"scorpion-{n}: {secs:.1f} s", flush=True)


# --------------------------------------------------------------------------------------------------
# Contact sheet

SHEET_TIMES = (
    (0.0, "0.0 s rest"),
    (1.2, "1.2 s left"),
    (2.0, "2.0 s left peak"),
    (5.2, "5.2 s right"),
    (6.0, "6.0 s right peak"),
)
CELL = (320, 180)


def contact_sheet(path: Path, progressions: Sequence[int] = (1, 2, 3, 4, 5)) -> None:
    """One row per progression, frames across both halves; labels are fine here (documentation)."""
    ensure_app()
    label_w, head_h, gap = 190, 34, 6
    cw, ch = CELL
    width = label_w + len(SHEET_TIMES) * (cw + gap) + gap
    height = head_h + len(progressions) * (ch + gap) + gap
    sheet = QImage(width, height, QImage.Format.Format_RGB32)
    sheet.fill(QColor(250, 249, 246))
    p = QPainter(sheet)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    font = QFont("DejaVu Sans")
    font.setPixelSize(15)
    p.setFont(font)
    p.setPen(QColor(40, 44, 52))
    for col, (_, label) in enumerate(SHEET_TIMES):
        x = label_w + gap + col * (cw + gap)
        p.drawText(QRectF(x, 0, cw, head_h), Qt.AlignmentFlag.AlignCenter, label)
    for row, n in enumerate(progressions):
        y = head_h + row * (ch + gap)
        p.drawText(
            QRectF(10, y, label_w - 14, ch),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
            f"{n}. {NAMES[n]}",
        )
        for col, (t, _) in enumerate(SHEET_TIMES):
            frame = render_frame(n, t).scaled(
                cw, ch, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
            p.drawImage(label_w + gap + col * (cw + gap), y, frame)
    p.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    save_png(sheet, path)


# --------------------------------------------------------------------------------------------------
# Command line


def _parse_frames(text: str) -> list[int]:
    frames = [int(x) for x in text.split(",") if x.strip()]
    if any(not 0 <= f < FRAMES for f in frames):
        raise argparse.ArgumentTypeError(f"frame numbers must be 0-{FRAMES - 1}")
    return frames


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=REPO / "resources" / "clips", help="output folder")
    ap.add_argument(
        "--only", type=int, action="append", choices=sorted(NAMES), help="render only this progression"
    )
    ap.add_argument(
        "--frames",
        type=_parse_frames,
        help="write these frame numbers (comma separated) as PNG files into --out instead of clips",
    )
    ap.add_argument(
        "--sheet",
        type=Path,
        default=REPO / "docs" / "scorpion-contact-sheet.png",
        help="where to write the contact sheet (when all five are rendered)",
    )
    ap.add_argument("--no-sheet", action="store_true", help="skip the contact sheet")
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1), help="parallel processes")
    args = ap.parse_args(argv)
    progressions = sorted(set(args.only or NAMES))
    start = time.perf_counter()
    if args.frames is not None:
        ensure_app()
        args.out.mkdir(parents=True, exist_ok=True)
        for n in progressions:
            for f in args.frames:
                save_png(render_frame(n, f / FPS), args.out / f"scorpion-{n}-f{f:03d}.png")
        print(f"wrote {len(progressions) * len(args.frames)} frames to {args.out}")
        return 0
    render_clips(progressions, args.out, args.jobs)
    if not args.no_sheet and not args.only:
        contact_sheet(args.sheet)
        print(f"contact sheet: {args.sheet}")
    total = sum((args.out / f"scorpion-{n}.mp4").stat().st_size for n in progressions)
    print(f"done in {time.perf_counter() - start:.1f} s; clips total {total / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
