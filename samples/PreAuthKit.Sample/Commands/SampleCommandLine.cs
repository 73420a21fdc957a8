using System.CommandLine;
using PreAuthKit.Sample.Output;

namespace PreAuthKit.Sample.Commands;

/// <summary>Builds the command tree: <c>validate</c>, <c>preauth</c>, <c>appeal</c>, <c>batch</c>, <c>import-fhir</c>, <c>export-pas</c>.</summary>
internal static class SampleCommandLine
{
    public static RootCommand Build(HostContext host)
    {
        var root = new RootCommand("PreAuthKit sample host: validate a case, render its pre-authorization request or appeal letter or its submission packet, or batch a folder of cases.")
        {
            ValidateCommand.Create(host),
            DocumentCommand.Create(host, DocumentKind.PreAuthorization),
            DocumentCommand.Create(host, DocumentKind.Appeal),
            BatchCommand.Create(host),
            PacketCommand.Create(host),
            ImportFhirCommand.Create(host),
            ExportPasCommand.Create(host),
        };
        return root;
    }
}
