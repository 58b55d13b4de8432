namespace Lede.Streams;

/// <summary>The seed every generator starts from unless told otherwise, so that two runs make the same stream.</summary>
public static class StreamSeed
{
    public const int Default = 20261122;
}
