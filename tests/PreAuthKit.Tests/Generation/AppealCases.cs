using PreAuthKit.CaseFiles;
using PreAuthKit.Model;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Generation;

/// <summary>Synthetic appeal cases built in code from the bundled samples.</summary>
internal static class AppealCases
{
    public static CaseFile Sample() => CaseFileReader.Load(RepoPaths.SampleCase("appeal-co50-medical-necessity.json"));

    /// <summary>The sample appeal at another level and with another denial code.</summary>
    public static CaseFile With(AppealLevel level, string denialCode, string? reason = null)
    {
        var sample = Sample();
        var @case = sample.Case;
        var appeal = @case.Appeal! with
        {
            Level = level,
            DenialCode = denialCode,
            DenialReason = reason ?? @case.Appeal!.DenialReason,
            FinalInternalDenialDate = level == AppealLevel.ExternalReview ? new DateOnly(2026, 11, 23) : null,
            EarlierAppealDates = level is AppealLevel.SecondInternal or AppealLevel.ExternalReview ? [new DateOnly(2026, 10, 1)] : [],
            Expedited = level == AppealLevel.ExternalReview,
        };
        var payer = level == AppealLevel.MedicareRedetermination ? @case.Payer with { PlanType = PlanType.Medicare } : @case.Payer;
        return sample with { Case = @case with { Appeal = appeal, Payer = payer } };
    }

    /// <summary>The sample appeal on a Medicare Advantage plan: a reconsideration of the organization determination.</summary>
    public static CaseFile MedicareAdvantage()
    {
        var sample = Sample();
        return sample with { Case = sample.Case with { Payer = sample.Case.Payer with { PlanType = PlanType.MedicareAdvantage } } };
    }
}
