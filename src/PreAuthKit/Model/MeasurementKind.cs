namespace PreAuthKit.Model;

/// <summary>
/// The scale or kind of an objective measurement. Each kind has a default unit and a valid range
/// (see <c>docs/case-file.md</c>, "measurements[]").
/// </summary>
public enum MeasurementKind
{
    /// <summary>Any other measurement; needs a <see cref="Measurement.Name"/> and a <see cref="Measurement.Unit"/>.</summary>
    Other,

    /// <summary>Vancouver Scar Scale, total score 0 to 13 (higher is worse). Sullivan T et al., J Burn Care Rehabil 1990;11(3):256-260.</summary>
    Vss,

    /// <summary>Patient and Observer Scar Assessment Scale, observer scale, total 6 to 60 (higher is worse). Draaijers LJ et al., Plast Reconstr Surg 2004;113(7):1960-1965.</summary>
    PosasObserver,

    /// <summary>Patient and Observer Scar Assessment Scale, patient scale, total 6 to 60 (higher is worse). Draaijers LJ et al., Plast Reconstr Surg 2004;113(7):1960-1965.</summary>
    PosasPatient,

    /// <summary>Range of motion of a joint, in degrees (0 to 360, higher is better); give the motion in <see cref="Measurement.Name"/> and the normal value.</summary>
    RangeOfMotion,

    /// <summary>Area of the affected skin, in square centimetres.</summary>
    Area,

    /// <summary>Length of a scar, in centimetres.</summary>
    Length,

    /// <summary>Pain on a 0 to 10 numeric rating scale (higher is worse).</summary>
    PainScore,
}
