namespace PreAuthKit.Model;

/// <summary>How fast the payer is asked to decide.</summary>
public enum ReviewType
{
    /// <summary>Standard review (a decision within about 15 days).</summary>
    Standard,

    /// <summary>Urgent review (about 72 hours): the delay would risk the patient's life, health or function.</summary>
    Urgent,
}
