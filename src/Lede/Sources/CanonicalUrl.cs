using System.Text;

namespace Lede.Sources;

/// <summary>
/// One identity per page: two links to the same article differ only by tracking parameters, a fragment,
/// letter case of scheme and host, a default port or an empty query, and all of those are removed here.
/// </summary>
public static class CanonicalUrl
{
    /// <summary>The canonical form of a URL that may be missing, as readers use it for an article's identity.</summary>
    public static string? OrNull(string? url) => string.IsNullOrWhiteSpace(url) ? null : Normalise(url);

    // Exact parameter names (lower-cased) that only say who sent the reader, never which page.
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "twclid", "ttclid", "li_fat_id", "igshid",
        "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "vero_id", "vero_conv", "oly_anon_id",
        "oly_enc_id", "rb_clickid", "s_cid", "wt_mc", "wt.mc_id", "cmpid", "ncid", "ocid", "sr_share", "ref_src",
        "ref_url", "spm", "share", "smid", "CMP", "ito", "at_medium", "at_campaign", "xtor", "icid", "ns_mchannel",
        "ns_source", "ns_campaign", "ns_linkname", "ns_fee", "guccounter", "guce_referrer", "guce_referrer_sig",
    };

    // Prefixes of parameter families (utm_source, utm_medium, pk_campaign, …).
    private static readonly string[] TrackingPrefixes = ["utm_", "pk_", "mtm_", "piwik_", "hsa_", "ga_", "stm_"];

    /// <summary>
    /// The normalised absolute URL; input that is not an absolute http(s) URL comes back trimmed and unchanged,
    /// since guessing a base would invent an identity. Idempotent: Normalise(Normalise(u)) == Normalise(u).
    /// </summary>
    public static string Normalise(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var trimmed = url.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            return trimmed;
        var builder = new StringBuilder();
        builder.Append(uri.Scheme).Append("://").Append(uri.IdnHost.ToLowerInvariant());
        if (!uri.IsDefaultPort) builder.Append(':').Append(uri.Port);
        builder.Append(uri.AbsolutePath.Length == 0 ? "/" : uri.AbsolutePath);
        var kept = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !IsTracking(pair.Split('=', 2)[0]))
            .ToList();
        if (kept.Count > 0) builder.Append('?').Append(string.Join('&', kept));
        return builder.ToString();
    }

    /// <summary>True for utm_*, fbclid, gclid, mc_cid and the other parameters that only track the click.</summary>
    public static bool IsTracking(string parameterName)
    {
        var name = Uri.UnescapeDataString(parameterName.Replace('+', ' '));
        return TrackingParameters.Contains(name) || TrackingPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));
    }
}
