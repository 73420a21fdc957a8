namespace PreAuthKit.Model;

/// <summary>The patient's sex as recorded by the plan.</summary>
public enum Sex
{
    /// <summary>Not recorded.</summary>
    Unknown,

    /// <summary>Female.</summary>
    Female,

    /// <summary>Male.</summary>
    Male,

    /// <summary>Another value recorded by the plan.</summary>
    Other,
}
