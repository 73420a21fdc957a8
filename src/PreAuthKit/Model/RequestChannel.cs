namespace PreAuthKit.Model;

/// <summary>How a request was sent to the payer.</summary>
public enum RequestChannel
{
    /// <summary>By fax.</summary>
    Fax,

    /// <summary>Through the payer's provider portal.</summary>
    Portal,

    /// <summary>Electronically (X12 278 or HL7 Da Vinci PAS).</summary>
    Electronic,

    /// <summary>By telephone.</summary>
    Phone,

    /// <summary>By mail.</summary>
    Mail,
}
