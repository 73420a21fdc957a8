namespace PreAuthKit.Model;

/// <summary>Who files an appeal.</summary>
public enum Appellant
{
    /// <summary>The treating provider, on the patient's behalf (the default).</summary>
    Provider,

    /// <summary>The patient (plan member or beneficiary) personally.</summary>
    Patient,

    /// <summary>Another authorized representative of the patient (family member, attorney).</summary>
    Representative,
}
