using System.Buffers;
using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace Lede.Text;

/// <summary>
/// A hash of the article's words only: case, punctuation, quotes and spacing do not change it, so that
/// the same text re-encoded or re-flowed by another site still hashes the same.
/// </summary>
public static class ContentHash
{
    public const string Version = "text/1";

    public static string Of(string text)
    {
        var hash = Ascii.IsValid(text) ? OfAscii(text) : XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(Normalise(text)));
        return hash.ToString("x16", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The same hash for pure ASCII text (most news), without the intermediate strings: normalisation leaves ASCII as it
    /// is, and its UTF-8 bytes are its chars.
    /// </summary>
    private static ulong OfAscii(string text)
    {
        var rented = text.Length <= 4096 ? null : ArrayPool<byte>.Shared.Rent(text.Length);
        Span<byte> bytes = rented ?? stackalloc byte[4096];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingSpace && length > 0) bytes[length++] = (byte)' ';
                pendingSpace = false;
                bytes[length++] = (byte)char.ToLowerInvariant(c);
            }
            else if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
            }
        }
        var hash = XxHash3.HashToUInt64(bytes[..length]);
        if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        return hash;
    }

    /// <summary>Lower-cased letters and digits of each word, words joined by single spaces.</summary>
    public static string Normalise(string text)
    {
        var source = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(source.Length);
        var pendingSpace = false;
        foreach (var c in source)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0) sb.Append(' ');
                pendingSpace = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
            }
            // Punctuation joins nothing and splits nothing: "don't" and "dont" hash alike.
        }
        return sb.ToString();
    }
}
