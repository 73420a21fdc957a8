using System.Globalization;
using FluentValidation;
using PreAuthKit.Model;

namespace PreAuthKit.Validation;

/// <summary>
/// One objective measurement: a value inside its scale's range (<see cref="MeasurementScale"/>),
/// a date not after submission, a name where the kind needs one (range of motion, other), a unit for
/// other measurements.
/// </summary>
internal sealed class MeasurementValidator : AbstractValidator<Measurement>
{
    public const int MaxTextLength = 200;

    public MeasurementValidator(ValidationScope scope)
    {
        const string S = ChecklistSection.PhysicianAssessment;
        RuleFor(m => m.Value).NotNull()
            .Finding("PAK-MSR-001", S, "Measurement: enter the measured value (a number).");
        RuleFor(m => m.Value).Must((m, v) => InRange(m.Kind, v!.Value)).When(m => m.Value is not null)
            .Finding("PAK-MSR-002", S, (m, _) => RangeMessage(m.Kind, "value"));
        RuleFor(m => m.Target).Must((m, v) => InRange(m.Kind, v!.Value)).When(m => m.Target is not null)
            .Finding("PAK-MSR-002", S, (m, _) => RangeMessage(m.Kind, "target"));
        RuleFor(m => m.NormalValue).Must((m, v) => InRange(m.Kind, v!.Value)).When(m => m.NormalValue is not null)
            .Finding("PAK-MSR-002", S, (m, _) => RangeMessage(m.Kind, "normal value"));
        RuleFor(m => m.MeasuredOn).NotNull()
            .Finding("PAK-MSR-003", S, "Measurement: enter the date it was taken (YYYY-MM-DD); undated measurements are not accepted as a baseline.");
        RuleFor(m => m.MeasuredOn).Must(d => d <= scope.Case.SubmittedOn).When(m => m.MeasuredOn is not null && scope.Case.SubmittedOn != default)
            .Finding("PAK-MSR-004", S, "Measurement is dated after the submission date: check the date.");
        RuleFor(m => m.Name).NotEmpty().When(m => m.Kind is MeasurementKind.RangeOfMotion or MeasurementKind.Other)
            .Finding("PAK-MSR-005", S, "Measurement: say what was measured in name (e.g. \"Left wrist active extension\").");
        RuleFor(m => m.Unit).NotEmpty().When(m => m.Kind == MeasurementKind.Other)
            .Finding("PAK-MSR-006", S, "Measurement of kind \"other\": enter its unit.");
        RuleFor(m => m.NormalValue).NotNull().When(m => m.Kind == MeasurementKind.RangeOfMotion)
            .Finding("PAK-MSR-007", S, "Range of motion: enter the normal value for the motion (e.g. 70 degrees for wrist extension) so the reviewer can see the deficit.", Severity.Warning);
        RuleFor(m => m).Must(m => (m.Name?.Length ?? 0) <= MaxTextLength && (m.Unit?.Length ?? 0) <= MaxTextLength
                && (m.Method?.Length ?? 0) <= MaxTextLength && (m.BodySite?.Length ?? 0) <= MaxTextLength)
            .Finding("PAK-MSR-008", S, string.Create(CultureInfo.InvariantCulture, $"Measurement: name, unit, method and body site are at most {MaxTextLength} characters each."));
    }

    private static bool InRange(MeasurementKind kind, decimal value)
    {
        var scale = MeasurementScale.Of(kind);
        return value >= scale.Minimum && value <= scale.Maximum;
    }

    private static string RangeMessage(MeasurementKind kind, string what)
    {
        var scale = MeasurementScale.Of(kind);
        return string.Create(CultureInfo.InvariantCulture, $"Measurement {what} is outside the {scale.Title} range {scale.Minimum} to {scale.Maximum}: check the number.");
    }
}
