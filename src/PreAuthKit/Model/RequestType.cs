namespace PreAuthKit.Model;

/// <summary>What kind of authorization request this is.</summary>
public enum RequestType
{
    /// <summary>A first request for these services.</summary>
    Initial,

    /// <summary>An extension or renewal of an earlier authorization.</summary>
    Extension,

    /// <summary>An amendment of an earlier authorization.</summary>
    Amendment,
}
