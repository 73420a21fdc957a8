using FluentValidation;
using PreAuthKit.Model;
using F = PreAuthKit.Validation.Findings.FindingCatalog.Measurement;

namespace PreAuthKit.Validation;

/// <summary>
/// One objective measurement: a value inside its scale's range (<see cref="MeasurementScale"/>),
/// a date not after submission, a name where the kind needs one (range of motion, other), a unit for
/// other measurements.
/// </summary>
internal sealed class MeasurementValidator : AbstractValidator<Measurement>
{
    public const int MaxTextLength = 200;

    public MeasurementValidator()
    {
        RuleFor(m => m.Value).NotNull()
            .Finding(F.ValueMissing);
        RuleFor(m => m.Value).Must((m, v) => InRange(m.Kind, v!.Value)).When(m => m.Value is not null)
            .Finding(F.OutOfRange, (m, _) => RangeMessage(m.Kind, "value"));
        RuleFor(m => m.Target).Must((m, v) => InRange(m.Kind, v!.Value)).When(m => m.Target is not null)
            .Finding(F.OutOfRange, (m, _) => RangeMessage(m.Kind, "target"));
        RuleFor(m => m.NormalValue).Must((m, v) => InRange(m.Kind, v!.Value)).When(m => m.NormalValue is not null)
            .Finding(F.OutOfRange, (m, _) => RangeMessage(m.Kind, "normal value"));
        RuleFor(m => m.MeasuredOn).NotNull()
            .Finding(F.DateMissing);
        RuleFor(m => m.MeasuredOn).MustIn((_, d, scope) => d <= scope.Case.SubmittedOn).WhenIn((m, scope) => m.MeasuredOn is not null && scope.Case.SubmittedOn != default)
            .Finding(F.DateAfterSubmission);
        RuleFor(m => m.Name).NotEmpty().When(m => m.Kind is MeasurementKind.RangeOfMotion or MeasurementKind.Other)
            .Finding(F.NameMissing);
        RuleFor(m => m.Unit).NotEmpty().When(m => m.Kind == MeasurementKind.Other)
            .Finding(F.UnitMissing);
        RuleFor(m => m.NormalValue).NotNull().When(m => m.Kind == MeasurementKind.RangeOfMotion)
            .Finding(F.NormalMissing);
        RuleFor(m => m).Must(m => (m.Name?.Length ?? 0) <= MaxTextLength && (m.Unit?.Length ?? 0) <= MaxTextLength
                && (m.Method?.Length ?? 0) <= MaxTextLength && (m.BodySite?.Length ?? 0) <= MaxTextLength)
            .Finding(F.TextTooLong, MaxTextLength);
    }

    private static bool InRange(MeasurementKind kind, decimal value)
    {
        var scale = MeasurementScale.Of(kind);
        return value >= scale.Minimum && value <= scale.Maximum;
    }

    private static string RangeMessage(MeasurementKind kind, string what)
    {
        var scale = MeasurementScale.Of(kind);
        return F.OutOfRange.Format(what, scale.Title, scale.Minimum, scale.Maximum);
    }
}
