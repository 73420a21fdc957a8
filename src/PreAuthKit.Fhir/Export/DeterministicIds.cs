using System.Security.Cryptography;
using System.Text;

namespace PreAuthKit.Fhir.Export;

/// <summary>Resource ids and <c>urn:uuid</c> full URLs derived from the case (a name-based UUID, RFC 9562 version 8 layout over SHA-256), so the same case gives the same bundle.</summary>
internal sealed class DeterministicIds(string seed)
{
    public string Id(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(seed + "\n" + name));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString();
    }

    public string FullUrl(string name) => "urn:uuid:" + Id(name);
}
