using System.Text.Json.Serialization;
using Lede.Sources;

namespace Lede.Storage;

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(InputMetadata))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class StoreJson : JsonSerializerContext;

/// <summary>The copy alignment column: snake_case like the details column, and written without indentation.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Lede.Copies.AlignmentEvidence))]
internal sealed partial class EvidenceJson : JsonSerializerContext;
