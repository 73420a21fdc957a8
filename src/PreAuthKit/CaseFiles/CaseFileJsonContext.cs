using System.Text.Json.Serialization;
using PreAuthKit.Model;

namespace PreAuthKit.CaseFiles;

/// <summary>
/// Source-generated System.Text.Json metadata for the case file format, so that reading a case in a
/// fresh process does not build the reflection serializer's contracts and emitted accessors
/// (<c>docs/performance.md</c>, "Where the cold time goes"). The options themselves are
/// <see cref="CaseFileReader.JsonOptions"/>, which uses this context through
/// <see cref="CaseFileTypeInfo.Resolver"/>: the generator's handling of <c>init</c> properties is corrected there.
/// </summary>
[JsonSerializable(typeof(PreAuthCase))]
internal sealed partial class CaseFileJsonContext : JsonSerializerContext;
