using Lede.Copies;
using Lede.Dates;
using Lede.Extraction;
using Lede.Sources;
using Lede.Stories;
using Lede.Text;

namespace Lede.Pipeline;

/// <summary>The per-article stages, which need no knowledge of other articles: decode, extract, hash, date.</summary>
public sealed class ArticleProcessor(ArticleExtractor extractor)
{
    public static IReadOnlyDictionary<string, string> StageVersions { get; } = new SortedDictionary<string, string>
    {
        ["extraction"] = ArticleExtractor.Version,
        ["text"] = ContentHash.Version,
        ["dates"] = PublishedDateParser.Version,
        ["copies"] = CopyIndex.Version,
        ["stories"] = StoryGrouper.Version,
    };

    public ArticleProcessor() : this(new ArticleExtractor()) { }

    /// <exception cref="InvalidDataException">The item cannot be read as an article; the message says why.</exception>
    public ProcessedArticle Process(RawItem raw)
    {
        var decoded = RawDecoder.Decode(raw);
        var extracted = decoded.IsHtml ? extractor.FromHtml(decoded.Content) : extractor.FromText(decoded.Content);
        if (string.IsNullOrWhiteSpace(extracted.Text))
            throw new InvalidDataException("no article text found");
        var metadata = decoded.Metadata;
        if (metadata.Site is null && Uri.TryCreate(metadata.Url, UriKind.Absolute, out var url) && url.Host.Length > 0)
            metadata = metadata with { Site = url.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? url.Host[4..] : url.Host };
        var published = PublishedDateParser.Parse(metadata.Published, "input");
        return new ProcessedArticle(
            raw,
            metadata,
            metadata.Title ?? extracted.Title,
            extracted.Text,
            ContentHash.Of(extracted.Text),
            published,
            StageVersions);
    }
}
