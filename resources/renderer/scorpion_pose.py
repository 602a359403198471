"""The figure's skeleton and the five Scorpion Stretch movements, in plain 3-D geometry (no Qt).

World frame: metres, the mat's top surface is z = 0 and z points up. The figure lies prone (face down)
with its head towards +y and its feet towards -y. Lying face down with the head to +y, the figure's own
RIGHT side is +x and its LEFT side is -x (stand facing +y and fall forward: your right hand stays on +x).

Every movement is written once, for the LEFT leg working (the "canonical" side); the right side is the
exact mirror image x -> -x, so the two halves of a clip are guaranteed to be symmetric.

A pose is a list of drawable primitives (tapered capsules and ellipsoids) with a material name. Limb
lengths are kept by construction: the working leg is placed with two-bone inverse kinematics (hip ->
knee -> ankle, the toe following the shin), so the thigh and the shin never stretch.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace

Vec = tuple[float, float, float]
#: A 3x3 matrix as three rows.
Mat = tuple[Vec, Vec, Vec]

# --------------------------------------------------------------------------------------------------
# Small vector algebra (tuples keep everything immutable and deterministic)


def add(a: Vec, b: Vec) -> Vec:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def sub(a: Vec, b: Vec) -> Vec:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def mul(a: Vec, k: float) -> Vec:
    return (a[0] * k, a[1] * k, a[2] * k)


def dot(a: Vec, b: Vec) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def cross(a: Vec, b: Vec) -> Vec:
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def length(a: Vec) -> float:
    return math.sqrt(dot(a, a))


def unit(a: Vec) -> Vec:
    n = length(a)
    return (a[0] / n, a[1] / n, a[2] / n) if n > 1e-12 else (0.0, 0.0, 0.0)


def lerp(a: Vec, b: Vec, k: float) -> Vec:
    return (a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k, a[2] + (b[2] - a[2]) * k)


def mat_vec(m: Mat, v: Vec) -> Vec:
    return (dot(m[0], v), dot(m[1], v), dot(m[2], v))


def rot_axis(axis: Vec, angle: float) -> Mat:
    """Rotation by `angle` radians about `axis`, right-handed (Rodrigues)."""
    x, y, z = unit(axis)
    c, s = math.cos(angle), math.sin(angle)
    k = 1.0 - c
    return (
        (c + x * x * k, x * y * k - z * s, x * z * k + y * s),
        (y * x * k + z * s, c + y * y * k, y * z * k - x * s),
        (z * x * k - y * s, z * y * k + x * s, c + z * z * k),
    )


IDENTITY: Mat = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))
X_AXIS: Vec = (1.0, 0.0, 0.0)
Y_AXIS: Vec = (0.0, 1.0, 0.0)
Z_AXIS: Vec = (0.0, 0.0, 1.0)


def columns(m: Mat) -> tuple[Vec, Vec, Vec]:
    return ((m[0][0], m[1][0], m[2][0]), (m[0][1], m[1][1], m[2][1]), (m[0][2], m[1][2], m[2][2]))


# --------------------------------------------------------------------------------------------------
# Drawable primitives


@dataclass(frozen=True)
class Capsule:
    """A tapered capsule: the convex hull of a sphere of radius ra at a and one of radius rb at b."""

    a: Vec
    b: Vec
    ra: float
    rb: float
    material: str


@dataclass(frozen=True)
class Ellipsoid:
    """Centre plus three semi-axis vectors (mutually perpendicular, lengths are the radii)."""

    centre: Vec
    axes: tuple[Vec, Vec, Vec]
    material: str
    #: Drawn just after the part it decorates (the hair over the head) when depths tie.
    depth_bias: float = 0.0


Part = Capsule | Ellipsoid


def mirror_vec(v: Vec) -> Vec:
    return (-v[0], v[1], v[2])


def mirror_part(p: Part) -> Part:
    if isinstance(p, Capsule):
        return replace(p, a=mirror_vec(p.a), b=mirror_vec(p.b))
    a, b, c = p.axes
    return replace(p, centre=mirror_vec(p.centre), axes=(mirror_vec(a), mirror_vec(b), mirror_vec(c)))


# --------------------------------------------------------------------------------------------------
# Body measurements (an adult of about 1.75 m)

THIGH = 0.44
#: Capsule radii of the leg at the hip, knee and ankle.
HIP_RADIUS, KNEE_RADIUS, ANKLE_RADIUS = 0.078, 0.054, 0.036
SHIN = 0.42
FOOT = 0.20
#: Pointed toes: the foot continues the shin, bent this much towards the front of the shin.
FOOT_BEND = math.radians(4.0)

PELVIS_CENTRE: Vec = (0.0, 0.0, 0.098)
PELVIS_RADII: Vec = (0.165, 0.12, 0.098)
#: Hip joints and buttocks in the pelvis frame (left side, -x; the right side mirrors).
HIP_LOCAL: Vec = (-0.092, -0.055, -0.005)
GLUTE_LOCAL: Vec = (-0.074, -0.05, 0.03)
GLUTE_RADII: Vec = (0.08, 0.088, 0.064)
CHEST_CENTRE: Vec = (0.0, 0.385, 0.108)
CHEST_RADII: Vec = (0.19, 0.20, 0.104)
SHOULDER: Vec = (-0.185, 0.485, 0.088)
ELBOW: Vec = (-0.475, 0.495, 0.048)
WRIST: Vec = (-0.74, 0.50, 0.034)
FINGERS: Vec = (-0.905, 0.505, 0.026)
HEAD_CENTRE: Vec = (0.0, 0.715, 0.142)
TOWEL_MIN: Vec = (-0.15, 0.62, 0.0)
TOWEL_MAX: Vec = (0.15, 0.84, 0.046)


def _rest_leg() -> tuple[Vec, Vec, Vec]:
    """Rest pose of the left leg: back along the mat, knee a touch bent, the top of the foot down."""
    hip = add(PELVIS_CENTRE, HIP_LOCAL)
    knee = add(hip, mul(unit((-0.012, -1.0, -0.085)), THIGH))
    ankle = add(knee, mul(unit((-0.004, -1.0, -0.035)), SHIN))
    toe = add(ankle, mul(unit((-0.002, -1.0, -0.09)), FOOT))
    return knee, ankle, toe


REST_KNEE, REST_ANKLE, REST_TOE = _rest_leg()


# --------------------------------------------------------------------------------------------------
# Inverse kinematics


def two_bone_ik(
    root: Vec, target: Vec, l1: float, l2: float, pole: Vec, min_z: float = -math.inf
) -> tuple[Vec, Vec]:
    """Place a knee and an ankle: |knee-root| = l1, |ankle-knee| = l2, ankle as close to target as
    the lengths allow, the knee bending towards `pole` (the way the kneecap points) but kept at or
    above height `min_z` (a knee cannot sink into the mat) when the circle of solutions allows it."""
    to_target = sub(target, root)
    dist = length(to_target)
    axis = unit(to_target)
    reach = min(max(dist, abs(l1 - l2) + 1e-6), l1 + l2 - 1e-6)
    # Law of cosines: distance of the knee along the root->target axis, and away from it.
    along = (l1 * l1 - l2 * l2 + reach * reach) / (2.0 * reach)
    off = math.sqrt(max(l1 * l1 - along * along, 0.0))
    centre = add(root, mul(axis, along))
    bend = sub(pole, mul(axis, dot(pole, axis)))
    if length(bend) < 1e-9:
        bend = sub(Z_AXIS, mul(axis, dot(Z_AXIS, axis)))
    bend = unit(bend)
    knee = add(centre, mul(bend, off))
    if knee[2] < min_z:
        # Turn the knee about the root->target axis, the least angle that lifts it to min_z.
        side = cross(axis, bend)
        for step in range(1, 181):
            for sign in (1.0, -1.0):
                a = math.radians(step) * sign
                cand = add(centre, mul(add(mul(bend, math.cos(a)), mul(side, math.sin(a))), off))
                if cand[2] >= min_z:
                    knee = cand
                    break
            else:
                continue
            break
    ankle = add(root, mul(axis, reach))
    return knee, ankle


@dataclass(frozen=True)
class Leg:
    hip: Vec
    knee: Vec
    ankle: Vec
    toe: Vec


def _foot_dir(hip: Vec, knee: Vec, ankle: Vec, pole: Vec) -> Vec:
    """Direction of a pointed foot: the shin direction bent FOOT_BEND towards the front of the shin."""
    thigh = unit(sub(knee, hip))
    shin = unit(sub(ankle, knee))
    front = sub(pole, mul(thigh, dot(pole, thigh)))
    front = unit(front) if length(front) > 1e-9 else (0.0, 0.0, -1.0)
    hinge = cross(thigh, front)  # knee hinge axis
    shin_front = unit(cross(hinge, shin))
    return unit(add(mul(shin, math.cos(FOOT_BEND)), mul(shin_front, math.sin(FOOT_BEND))))


def solve_leg(hip: Vec, toe_target: Vec, pole: Vec) -> Leg:
    """Leg whose toe reaches `toe_target` (the foot's bend depends on the knee: iterate a little)."""
    ankle_target = sub(toe_target, mul(unit(sub(toe_target, hip)), FOOT))
    knee, ankle = two_bone_ik(hip, ankle_target, THIGH, SHIN, pole, KNEE_RADIUS)
    for _ in range(4):
        foot = _foot_dir(hip, knee, ankle, pole)
        knee, ankle = two_bone_ik(hip, sub(toe_target, mul(foot, FOOT)), THIGH, SHIN, pole, KNEE_RADIUS)
    foot = _foot_dir(hip, knee, ankle, pole)
    return Leg(hip, knee, ankle, add(ankle, mul(foot, FOOT)))


# --------------------------------------------------------------------------------------------------
# Pose parameters and the body they produce


@dataclass(frozen=True)
class Drive:
    """Everything that moves, for the left leg working (canonical side)."""

    #: Pelvis roll about the body's long axis, working (left) side up, radians.
    roll: float = 0.0
    #: Extra pelvis translation (metres), on top of the lift that keeps it resting on the mat.
    shift: Vec = (0.0, 0.0, 0.0)
    toe: Vec = REST_TOE
    #: Where the working knee should be; the IK keeps the limb lengths and gets as close as it can.
    knee: Vec = REST_KNEE


def _ellipsoid(centre: Vec, rot: Mat, radii: Vec, material: str, bias: float = 0.0) -> Ellipsoid:
    c = columns(rot)
    return Ellipsoid(centre, (mul(c[0], radii[0]), mul(c[1], radii[1]), mul(c[2], radii[2])), material, bias)


def _lowest_z(centre: Vec, rot: Mat, radii: Vec) -> float:
    """Lowest point of a rotated ellipsoid: centre minus the length of its z row scaled by the radii."""
    r = rot[2]
    return centre[2] - math.sqrt((r[0] * radii[0]) ** 2 + (r[1] * radii[1]) ** 2 + (r[2] * radii[2]) ** 2)


def build_pose(d: Drive) -> list[Part]:
    """All body parts for a drive (left leg working)."""
    # A right-handed turn about +y lifts the left (-x) side.
    pelvis_rot = rot_axis(Y_AXIS, d.roll)
    centre = add(PELVIS_CENTRE, d.shift)
    # Keep the pelvis resting on the mat: it rolls on its side rather than sinking into the floor.
    low = _lowest_z(centre, pelvis_rot, PELVIS_RADII)
    centre = (centre[0], centre[1], centre[2] - low)

    def pelvis_point(local: Vec) -> Vec:
        return add(centre, mat_vec(pelvis_rot, local))

    parts: list[Part] = [_ellipsoid(centre, pelvis_rot, PELVIS_RADII, "shorts")]
    for side in (-1.0, 1.0):
        glute = pelvis_point((GLUTE_LOCAL[0] * side, GLUTE_LOCAL[1], GLUTE_LOCAL[2]))
        parts.append(_ellipsoid(glute, pelvis_rot, GLUTE_RADII, "shorts"))

    # Lower back: twisted about half-way between the rolled pelvis and the anchored chest.
    half = rot_axis(Y_AXIS, d.roll * 0.45)
    waist_a = pelvis_point((0.0, 0.09, 0.004))
    waist_b = (CHEST_CENTRE[0], CHEST_CENTRE[1] - 0.13, CHEST_CENTRE[2] - 0.004)
    waist_c = lerp(waist_a, waist_b, 0.5)
    waist_len = length(sub(waist_b, waist_a)) * 0.5 + 0.045
    parts.append(_ellipsoid(waist_c, half, (0.158, waist_len, 0.094), "shirt"))
    parts.append(_ellipsoid(CHEST_CENTRE, IDENTITY, CHEST_RADII, "shirt"))

    # Head resting on the towel, neck in line with the body.
    head_rot = rot_axis(X_AXIS, math.radians(-12.0))
    parts.append(Capsule((0.0, 0.54, 0.125), (0.0, 0.64, 0.14), 0.052, 0.048, "skin"))
    parts.append(_ellipsoid(HEAD_CENTRE, head_rot, (0.077, 0.104, 0.092), "skin"))
    hair_c = add(HEAD_CENTRE, mat_vec(head_rot, (0.0, 0.012, 0.014)))
    parts.append(_ellipsoid(hair_c, head_rot, (0.079, 0.098, 0.083), "hair", bias=-0.004))

    # Arms out in a T, palms down: the anchor of the upper body.
    for s in (-1.0, 1.0):

        def m(v: Vec, s: float = s) -> Vec:
            return (v[0] * -s, v[1], v[2])

        parts.append(Capsule(m(SHOULDER), m(SHOULDER), 0.062, 0.062, "shirt"))
        parts.append(Capsule(m(SHOULDER), m(ELBOW), 0.052, 0.042, "shirt"))
        parts.append(Capsule(m(ELBOW), m(WRIST), 0.041, 0.031, "skin"))
        hand = lerp(m(WRIST), m(FINGERS), 0.5)
        along = unit(sub(m(FINGERS), m(WRIST)))
        across = unit(cross(Z_AXIS, along))
        hand_rot = (
            (along[0], across[0], 0.0),
            (along[1], across[1], 0.0),
            (along[2], across[2], 1.0),
        )
        parts.append(_ellipsoid(hand, hand_rot, (0.095, 0.048, 0.024), "skin"))

    # Working (left) leg.
    hip = pelvis_point(HIP_LOCAL)
    leg = solve_leg(hip, d.toe, sub(d.knee, lerp(hip, d.toe, 0.5)))
    parts += _leg_parts(leg, "work", "work")

    # Support (right) leg: its toe stays where it rests; the hip follows the pelvis.
    r_hip = pelvis_point(mirror_vec(HIP_LOCAL))
    support = solve_leg(
        r_hip, mirror_vec(REST_TOE), sub(mirror_vec(REST_KNEE), lerp(r_hip, mirror_vec(REST_TOE), 0.5))
    )
    parts += _leg_parts(support, "legging", "skin")
    return parts


def _leg_parts(leg: Leg, cloth: str, foot: str) -> list[Part]:
    # The foot is a flattened ellipsoid from the ankle to the toe (a capsule end looks like a pipe).
    along = unit(sub(leg.toe, leg.ankle))
    lateral = unit(cross(unit(sub(leg.ankle, leg.knee)), along))
    sole = cross(along, lateral)
    foot_rot = (
        (along[0], lateral[0], sole[0]),
        (along[1], lateral[1], sole[1]),
        (along[2], lateral[2], sole[2]),
    )
    centre = lerp(leg.ankle, leg.toe, 0.5)
    return [
        Capsule(leg.hip, leg.knee, HIP_RADIUS, KNEE_RADIUS, cloth),
        Capsule(leg.knee, leg.ankle, KNEE_RADIUS, ANKLE_RADIUS, cloth),
        _ellipsoid(centre, foot_rot, (FOOT * 0.58, 0.038, 0.03), foot),
    ]


# --------------------------------------------------------------------------------------------------
# The five progressions


@dataclass(frozen=True)
class Key:
    """A key pose of the working (left) leg at movement amount `s` (0 = rest, 1 = peak)."""

    s: float
    toe: Vec
    knee: Vec
    roll: float = 0.0  # degrees
    shift: Vec = (0.0, 0.0, 0.0)

    def values(self) -> tuple[float, ...]:
        return (*self.toe, *self.knee, self.roll, *self.shift)


REST_KEY = Key(0.0, REST_TOE, REST_KNEE)


class Track:
    """Smooth path through key poses: cubic Hermite with Catmull-Rom tangents (non-uniform spacing),
    so the toe follows a curve through the keys instead of cutting corners through the other leg."""

    def __init__(self, *keys: Key) -> None:
        self.s = [k.s for k in keys]
        self.v = [k.values() for k in keys]
        n = len(keys)
        self.m: list[tuple[float, ...]] = []
        for i in range(n):
            lo, hi = max(i - 1, 0), min(i + 1, n - 1)
            h = self.s[hi] - self.s[lo]
            self.m.append(tuple((b - a) / h for a, b in zip(self.v[lo], self.v[hi], strict=True)))

    def __call__(self, s: float) -> Drive:
        s = min(max(s, 0.0), 1.0)
        i = 0
        while i < len(self.s) - 2 and s > self.s[i + 1]:
            i += 1
        h = self.s[i + 1] - self.s[i]
        u = (s - self.s[i]) / h
        h00, h10 = 2 * u**3 - 3 * u**2 + 1, u**3 - 2 * u**2 + u
        h01, h11 = -2 * u**3 + 3 * u**2, u**3 - u**2
        v = [
            h00 * p0 + h10 * h * m0 + h01 * p1 + h11 * h * m1
            for p0, m0, p1, m1 in zip(self.v[i], self.m[i], self.v[i + 1], self.m[i + 1], strict=True)
        ]
        return Drive(
            roll=math.radians(v[6]), toe=(v[0], v[1], v[2]), knee=(v[3], v[4], v[5]), shift=(v[7], v[8], v[9])
        )


def _toward(start: Vec, direction: Vec, dist: float) -> Vec:
    return add(start, mul(unit(direction), dist))


def _heel_up(s: float, angle: float, roll: float) -> Key:
    """Knee on the mat, the shin raised `angle` degrees: the first move of every crossing."""
    a = math.radians(angle)
    knee = add(REST_KNEE, (0.0, 0.02 * angle / 80.0, 0.0))
    return Key(s, _toward(knee, (0.1 * angle / 80.0, -math.cos(a), math.sin(a)), SHIN + FOOT), knee, roll)


#: The toe swings on an arc about the knee: keys close enough that the curve stays on the arc.
_HEEL_UP = (_heel_up(0.1, 27.0, 1.0), _heel_up(0.2, 54.0, 3.0), _heel_up(0.3, 78.0, 5.0))


def _frog(abduct: float, flex: float, lift: float) -> tuple[Vec, Vec]:
    """Knee and toe for the thigh swung `abduct` degrees out to the side along the mat and raised
    `lift` degrees, the knee bent `flex` degrees with the shin staying on the floor plane."""
    a, f, e = math.radians(abduct), math.radians(flex), math.radians(lift)
    hip = add(PELVIS_CENTRE, HIP_LOCAL)
    knee = add(hip, mul((-math.sin(a) * math.cos(e), -math.cos(a) * math.cos(e), math.sin(e)), THIGH))
    shin = -a + f
    # The shin tilts down a little as the knee rises, so that the foot stays on the mat.
    toe = add(knee, mul(unit((math.sin(shin), -math.cos(shin), -0.1 * f)), SHIN + FOOT * 0.98))
    return (toe[0], toe[1], max(toe[2], REST_TOE[2])), knee


PROGRESSIONS: dict[int, Callable[[float], Drive]] = {
    # 1. Hip off the floor: the left side of the pelvis rolls up and lifts the nearly straight leg a
    #    few centimetres (the glute's work); the knee stays low, the foot close to the mat.
    1: Track(
        REST_KEY,
        Key(1.0, add(REST_TOE, (0.0, -0.06, 0.07)), add(REST_KNEE, (0.0, 0.0, -0.3)), 40.0, (0.02, 0.0, 0.0)),
    ),
    # 2. Hips at 90: the knee is drawn up beside the body, the thigh out to the side and a little up.
    2: Track(
        REST_KEY,
        Key(0.5, *_frog(40.0, 45.0, 6.0), roll=4.0),
        Key(1.0, *_frog(86.0, 96.0, 11.0), roll=10.0),
    ),
    # 3. Foot to the floor: heel up, the pelvis rolls, the foot arcs over the right leg to the floor.
    3: Track(
        REST_KEY,
        *_HEEL_UP,
        Key(0.64, (0.22, -0.64, 0.60), (-0.03, -0.44, 0.26), 30.0, (0.03, 0.0, 0.0)),
        Key(1.0, (0.62, -0.50, 0.03), (0.14, -0.40, 0.36), 50.0, (0.05, 0.0, 0.0)),
    ),
    # 4. Foot reach: the same, reaching further across and up the body with the toe.
    4: Track(
        REST_KEY,
        *_HEEL_UP,
        Key(0.64, (0.30, -0.45, 0.70), (0.0, -0.38, 0.36), 38.0, (0.04, 0.01, 0.0)),
        Key(1.0, (0.74, -0.14, 0.03), (0.22, -0.26, 0.42), 66.0, (0.08, 0.03, 0.0)),
    ),
    # 5. Foot to the hand: all the way across to the right hand.
    5: Track(
        REST_KEY,
        *_HEEL_UP,
        Key(0.64, (0.35, -0.25, 0.78), (0.05, -0.33, 0.45), 50.0, (0.06, 0.03, 0.0)),
        Key(
            1.0, add(mirror_vec(FINGERS), (-0.03, -0.05, 0.05)), (0.36, -0.06, 0.46), 84.0, (0.12, 0.06, 0.0)
        ),
    ),
}

# --------------------------------------------------------------------------------------------------
# Timing: 8 s clips, left leg in [0, 4), right leg in [4, 8); each half starts and ends at rest.

CLIP_SECONDS = 8.0
HALF = 4.0
#: Within a half: rest, ease out to the peak, hold, ease back, rest (seconds from the half's start).
RISE_START, RISE_END, FALL_START, FALL_END = 0.30, 1.70, 2.30, 3.70


def _smootherstep(x: float) -> float:
    x = min(max(x, 0.0), 1.0)
    return x * x * x * (x * (6.0 * x - 15.0) + 10.0)


def amount(local_t: float) -> float:
    """How far into the movement (0 = rest, 1 = peak) at `local_t` seconds into a half.

    Quintic easing has zero velocity and acceleration at both ends, so the rest pose is entered and
    left without a jolt and the clip (or either half) loops seamlessly."""
    if local_t < RISE_START or local_t >= FALL_END:
        return 0.0
    if local_t < RISE_END:
        return _smootherstep((local_t - RISE_START) / (RISE_END - RISE_START))
    if local_t < FALL_START:
        return 1.0
    return 1.0 - _smootherstep((local_t - FALL_START) / (FALL_END - FALL_START))


def pose_at(progression: int, t: float) -> list[Part]:
    """Body parts of `progression` (1-5) at `t` seconds into its 8 s clip."""
    if progression not in PROGRESSIONS:
        raise ValueError(f"progression must be 1-5, got {progression}")
    t = t % CLIP_SECONDS
    right = t >= HALF
    parts = build_pose(PROGRESSIONS[progression](amount(t - HALF if right else t)))
    return [mirror_part(p) for p in parts] if right else parts
