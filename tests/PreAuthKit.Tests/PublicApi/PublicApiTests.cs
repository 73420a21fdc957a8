using PublicApiGenerator;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.PublicApi;

/// <summary>Every change to the public surface is a visible diff of the approved file.</summary>
public class PublicApiTests
{
    [Test]
    public void Public_api_is_approved()
    {
        var api = ApiGenerator.GeneratePublicApi(typeof(PreAuthGenerator).Assembly, new ApiGeneratorOptions { IncludeAssemblyAttributes = false });

        Snapshot.Approve(api);
    }
}
