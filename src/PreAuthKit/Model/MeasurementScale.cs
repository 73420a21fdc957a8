namespace PreAuthKit.Model;

/// <summary>
/// What each <see cref="MeasurementKind"/> means: its printed name, default unit, valid range and
/// whether a lower value is better. The single definition used by validation, the letter's
/// baseline-and-target table and criteria evaluation.
/// Sources: Vancouver Scar Scale 0-13 (Sullivan et al., J Burn Care Rehabil 1990;11:256-260; Baryza
/// and Baryza 1995); POSAS observer and patient scales 6-60 each (Draaijers et al., Plast Reconstr
/// Surg 2004;113:1960-1965); numeric pain rating scale 0-10.
/// </summary>
internal sealed record MeasurementScale(string Title, string DefaultUnit, decimal Minimum, decimal Maximum, bool LowerIsBetter)
{
    /// <summary>The scale of a kind.</summary>
    public static MeasurementScale Of(MeasurementKind kind) => kind switch
    {
        MeasurementKind.Vss => new("Vancouver Scar Scale", "points (0-13)", 0, 13, LowerIsBetter: true),
        MeasurementKind.PosasObserver => new("POSAS observer scale", "points (6-60)", 6, 60, LowerIsBetter: true),
        MeasurementKind.PosasPatient => new("POSAS patient scale", "points (6-60)", 6, 60, LowerIsBetter: true),
        MeasurementKind.RangeOfMotion => new("Range of motion", "degrees", 0, 360, LowerIsBetter: false),
        MeasurementKind.Area => new("Area", "cm²", 0, 100_000, LowerIsBetter: true),
        MeasurementKind.Length => new("Length", "cm", 0, 1_000, LowerIsBetter: true),
        MeasurementKind.PainScore => new("Pain score (NRS)", "points (0-10)", 0, 10, LowerIsBetter: true),
        _ => new("Measurement", "", decimal.MinValue, decimal.MaxValue, LowerIsBetter: false),
    };
}
