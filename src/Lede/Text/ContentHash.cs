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
        var hash = Ascii.IsValid(text) ? OfAscii(text) : OfUnicode(text);
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

    /// <summary>
    /// The hash of <see cref="Normalise"/>'s UTF-8 bytes, written into rented buffers rather than strings (news with a
    /// curly quote or an accent is common, and the copies stage hashes every article).
    /// </summary>
    private static ulong OfUnicode(string text)
    {
        // Most such text is in composed form already; checking is cheaper than building a copy.
        var source = text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        var chars = ArrayPool<char>.Shared.Rent(source.Length);
        var length = Normalise(source, chars);
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(length));
        var hash = XxHash3.HashToUInt64(bytes.AsSpan(0, Encoding.UTF8.GetBytes(chars, 0, length, bytes, 0)));
        ArrayPool<byte>.Shared.Return(bytes);
        ArrayPool<char>.Shared.Return(chars);
        return hash;
    }

    /// <summary>Lower-cased letters and digits of each word, words joined by single spaces.</summary>
    public static string Normalise(string text)
    {
        var source = text.Normalize(NormalizationForm.FormKC);
        var chars = ArrayPool<char>.Shared.Rent(source.Length);
        var normalised = new string(chars, 0, Normalise(source, chars));
        ArrayPool<char>.Shared.Return(chars);
        return normalised;
    }

    /// <summary>Writes the normalised form of text already in composed form into `into` (room for its length) and returns its length.</summary>
    private static int Normalise(string source, Span<char> into)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var c in source)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && length > 0) into[length++] = ' ';
                pendingSpace = false;
                into[length++] = char.ToLowerInvariant(c);
            }
            else if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
            }
            // Punctuation joins nothing and splits nothing: "don't" and "dont" hash alike.
        }
        return length;
    }
}
