using StaticSite.Bodies;
using StaticSite.Config;

namespace StaticSite.Reading;

/// <summary>What the reader needs besides the text.</summary>
/// <param name="Registry">Body registry used to resolve names.</param>
/// <param name="Metadata">Metadata given for this document; overrides what the text says.</param>
/// <param name="Ocr">Read scanned PDFs through tesseract (<c>--ocr</c>).</param>
public sealed record ReaderOptions(BodyRegistry Registry, DocumentMetadata? Metadata = null, bool Ocr = false)
{
    /// <summary>The default registry, no metadata.</summary>
    public static ReaderOptions Default { get; } = new(BodyRegistry.Default);
}
