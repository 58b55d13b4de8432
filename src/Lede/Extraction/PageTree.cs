using AngleSharp.Dom;

namespace Lede.Extraction;

/// <summary>
/// The document flattened once into pre-order arrays (a node's subtree is the index range [i, End[i])), with
/// text lengths, link text lengths and furniture marks summed bottom-up in one reverse pass. Every later
/// step reads these arrays instead of walking the DOM or calling TextContent on large subtrees, and the
/// walk that builds them is iterative and stops at the configured node count and depth.
/// </summary>
internal sealed class PageTree
{
    public readonly List<INode> Nodes = [];
    public readonly List<int> Parent = [];
    public int[] End = [];

    /// <summary>Non-blank characters of text, in kept (not furniture) descendants only.</summary>
    public int[] TextLength = [];
    /// <summary>Of those, characters inside links.</summary>
    public int[] LinkLength = [];
    /// <summary>Non-blank characters in kept paragraph-like descendants (p, pre, blockquote, li).</summary>
    public int[] ParagraphLength = [];
    /// <summary>All non-blank text, furniture included: how much of the page a subtree holds.</summary>
    public int[] RawLength = [];
    public int[] Commas = [];
    public NodeMark[] Marks = [];

    public string? MetaTitle, MetaType, DocumentTitle;
    public readonly List<string> JsonLd = [];
    public bool Truncated;
    public int MaxDepthSeen;

    public int Count => Nodes.Count;

    public static PageTree Build(IDocument document, ExtractionOptions options)
    {
        var tree = new PageTree();
        tree.Flatten(document, options);
        tree.Aggregate();
        tree.ResolveWeakFurniture();
        return tree;
    }

    private void Flatten(IDocument document, ExtractionOptions options)
    {
        var marks = new List<NodeMark>();
        var concepts = new Dictionary<string, ClassConcept>(StringComparer.Ordinal);
        var stack = new Stack<(INode Node, int Parent, int Depth)>();
        if (document.DocumentElement is { } rootElement) stack.Push((rootElement, -1, 0));
        while (stack.Count > 0)
        {
            if (Nodes.Count >= options.MaxNodes) { Truncated = true; break; }
            var (node, parent, depth) = stack.Pop();
            var mark = NodeMark.None;
            var descend = false;
            if (node is IText)
            {
                mark = NodeMark.Text;
            }
            else if (node is IElement element)
            {
                var name = element.LocalName;
                mark = MarkElement(element, name, parent, concepts, options);
                // Furniture by tag is never text: its subtree is not even flattened, except the head's,
                // whose meta and JSON-LD scripts are read on the way.
                descend = (mark & NodeMark.DroppedTag) == 0 || name == "head";
            }
            else continue;

            var index = Nodes.Count;
            Nodes.Add(node);
            Parent.Add(parent);
            marks.Add(mark);
            if (depth > MaxDepthSeen) MaxDepthSeen = depth;
            if (!descend) continue;
            if (depth >= options.MaxDepth) { Truncated = true; continue; }
            // ChildNodes by index: AngleSharp's NextSibling scans the parent's children, quadratic on wide nodes.
            var children = node.ChildNodes;
            for (var k = children.Length - 1; k >= 0; k--)
            {
                var child = children[k];
                if (child.NodeType is NodeType.Element or NodeType.Text) stack.Push((child, index, depth + 1));
            }
        }
        Marks = [.. marks];
    }

    private NodeMark MarkElement(IElement element, string name, int parent, Dictionary<string, ClassConcept> concepts,
        ExtractionOptions options)
    {
        switch (name)
        {
            case "meta": ReadMeta(element); return NodeMark.DroppedTag;
            case "title": DocumentTitle ??= element.TextContent; return NodeMark.DroppedTag;
            case "script":
                if (string.Equals(element.GetAttribute("type"), "application/ld+json", StringComparison.OrdinalIgnoreCase)
                    && element.TextContent is { Length: > 0 } json && json.Length <= options.MaxJsonLdChars)
                    JsonLd.Add(json);
                return NodeMark.DroppedTag;
        }
        if (options.DroppedElements.Contains(name)) return NodeMark.DroppedTag;
        if (options.FurnitureElements.Contains(name)) return NodeMark.FurnitureTag;
        // Site themes list layout options on the root and main ("has-sidebar", "skip-main"): never furniture.
        // Headings inside an article carry anchor ids for tables of contents ("nav_section_1"), not roles.
        if (name is "html" or "body" or "main" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6") return NodeMark.None;

        var mark = NodeMark.None;
        if (element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.Ordinal))
            mark |= NodeMark.Hidden;
        else if (element.GetAttribute("style") is { } style && IsHiddenStyle(style))
            mark |= NodeMark.Hidden;

        if (string.Equals(element.GetAttribute("itemprop"), "articleBody", StringComparison.OrdinalIgnoreCase))
            return mark | NodeMark.ItemPropBody;

        var classes = element.GetAttribute("class");
        var id = element.GetAttribute("id");
        if (classes is null && id is null) return mark;
        var key = Bounded(classes, options) + " " + Bounded(id, options);
        if (!concepts.TryGetValue(key, out var concept))
        {
            concept = BoilerplateVocabulary.Classify(key);
            concepts[key] = concept;
        }
        return mark | concept switch
        {
            ClassConcept.Boilerplate => NodeMark.Furniture,
            ClassConcept.Comments => NodeMark.Comments,
            ClassConcept.Body => NodeMark.BodyName,
            ClassConcept.WeakBoilerplate => NodeMark.WeakFurniture,
            _ => NodeMark.None,
        };
    }

    // A hostile page may carry megabytes in one attribute: only the start of it is read.
    private static string Bounded(string? value, ExtractionOptions options) =>
        value is null ? "" : value.Length <= options.MaxAttributeChars ? value : value[..options.MaxAttributeChars];

    private static bool IsHiddenStyle(string style)
    {
        var s = style.AsSpan();
        if (s.Length > 512) s = s[..512];
        return ContainsCompact(s, "display:none") || ContainsCompact(s, "visibility:hidden");
    }

    private static bool ContainsCompact(ReadOnlySpan<char> style, string needle)
    {
        var matched = 0;
        foreach (var c in style)
        {
            if (c == ' ') continue;
            if (char.ToLowerInvariant(c) == needle[matched]) { if (++matched == needle.Length) return true; }
            else matched = char.ToLowerInvariant(c) == needle[0] ? 1 : 0;
        }
        return false;
    }

    private void ReadMeta(IElement meta)
    {
        var key = meta.GetAttribute("property") ?? meta.GetAttribute("name");
        if (key is null) return;
        if (MetaTitle is null && key.Equals("og:title", StringComparison.OrdinalIgnoreCase)) MetaTitle = meta.GetAttribute("content");
        else if (MetaType is null && key.Equals("og:type", StringComparison.OrdinalIgnoreCase)) MetaType = meta.GetAttribute("content");
    }

    private bool[] _inLink = [];

    private void Aggregate()
    {
        var n = Nodes.Count;
        End = new int[n];
        TextLength = new int[n];
        LinkLength = new int[n];
        ParagraphLength = new int[n];
        RawLength = new int[n];
        Commas = new int[n];
        _inLink = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var p = Parent[i];
            _inLink[i] = p >= 0 && (_inLink[p] || IsLink(p));
            End[i] = i + 1;
        }
        // Children come after their parent in pre-order, so a reverse scan has every subtree's end in hand.
        for (var i = n - 1; i > 0; i--)
            if (End[i] > End[Parent[i]]) End[Parent[i]] = End[i];
        Sum();
    }

    /// <summary>Bottom-up sums; furniture subtrees count in RawLength only.</summary>
    private void Sum()
    {
        Array.Clear(TextLength); Array.Clear(LinkLength); Array.Clear(ParagraphLength); Array.Clear(RawLength); Array.Clear(Commas);
        for (var i = Count - 1; i >= 0; i--)
        {
            if ((Marks[i] & NodeMark.Text) != 0)
            {
                var (chars, commas) = Measure(((IText)Nodes[i]).Data);
                RawLength[i] = chars;
                TextLength[i] = chars;
                Commas[i] = commas;
                if (_inLink[i]) LinkLength[i] = chars;
            }
            else if (IsParagraph(i) && ParagraphLength[i] == 0)
            {
                ParagraphLength[i] = TextLength[i];
            }
            var parent = Parent[i];
            if (parent < 0) continue;
            RawLength[parent] += RawLength[i];
            if (IsDropped(i)) continue;
            TextLength[parent] += TextLength[i];
            LinkLength[parent] += LinkLength[i];
            ParagraphLength[parent] += ParagraphLength[i];
            Commas[parent] += Commas[i];
        }
    }

    /// <summary>
    /// A weak furniture name ("teaser", "print") drops its element only when the element carries links: another
    /// story's card links to it, while this story's lead or ingredient list under the same name does not.
    /// </summary>
    private void ResolveWeakFurniture()
    {
        var changed = false;
        for (var i = 0; i < Count; i++)
        {
            if ((Marks[i] & NodeMark.WeakFurniture) == 0 || LinkLength[i] == 0) continue;
            Marks[i] |= NodeMark.Furniture;
            changed = true;
        }
        if (changed) Sum();
    }

    /// <summary>The marks that drop a subtree; a retry after a poor first answer trusts fewer of them.</summary>
    public NodeMark DropMask { get; private set; } = NodeMark.DroppedTag | NodeMark.Hidden | NodeMark.Furniture | NodeMark.FurnitureTag | NodeMark.Comments;

    public void Trust(NodeMark dropMask)
    {
        DropMask = dropMask;
        Sum();
    }

    public bool IsDropped(int i) => (Marks[i] & DropMask) != 0 && (Marks[i] & NodeMark.Rescued) == 0;

    public string NameOf(int i) => Nodes[i] is IElement e ? e.LocalName : "";

    public bool IsLink(int i) => Nodes[i] is IElement { LocalName: "a" };

    public bool IsParagraph(int i) => Nodes[i] is IElement { LocalName: "p" or "pre" or "blockquote" or "li" or "dd" };

    /// <summary>
    /// Un-marks furniture that holds most of the page's paragraph text: a wrapper named "has-sidebar" or
    /// "share-enabled" around the whole article says nothing about its content. Comment threads stay marked.
    /// </summary>
    public void RescueMisnamedWrappers(double share, int minParagraphChars)
    {
        if (Count == 0) return;
        // Each subtree measured as if no furniture mark applied (hidden, comments and dropped tags still count
        // as gone). Pages that set their text without <p> (br-separated divs) are measured by all their text.
        var byParagraphs = ParagraphLength[0] >= minParagraphChars;
        var full = new int[Count];
        for (var i = Count - 1; i >= 0; i--)
        {
            if ((Marks[i] & NodeMark.Text) != 0) full[i] += byParagraphs ? 0 : TextLength[i] - LinkLength[i];
            else if (byParagraphs && IsParagraph(i)) full[i] = Math.Max(full[i], ParagraphLength[i]);
            var parent = Parent[i];
            if (parent >= 0 && (Marks[i] & (NodeMark.DroppedTag | NodeMark.Hidden | NodeMark.Comments)) == 0) full[parent] += full[i];
        }
        var total = Math.Max(full[0], 1);
        var rescued = false;
        for (var i = 0; i < Count; i++)
        {
            if ((Marks[i] & (NodeMark.Furniture | NodeMark.FurnitureTag)) == 0 || (Marks[i] & NodeMark.Hidden) != 0) continue;
            if (full[i] > share * total)
            {
                Marks[i] |= NodeMark.Rescued;
                rescued = true;
            }
        }
        if (rescued) Sum();
    }

    private static (int Chars, int Commas) Measure(string data)
    {
        int chars = 0, commas = 0;
        foreach (var c in data)
        {
            if (c <= ' ' || char.IsWhiteSpace(c)) continue;
            chars++;
            // Latin, CJK and Arabic commas all mark clause-rich prose.
            if (c is ',' or '，' or '、' or '،') commas++;
        }
        return (chars, commas);
    }
}

[Flags]
internal enum NodeMark : ushort
{
    None = 0,
    Text = 1,
    DroppedTag = 2,
    Hidden = 4,
    Furniture = 8,
    Comments = 16,
    BodyName = 32,
    ItemPropBody = 64,
    Rescued = 128,
    FurnitureTag = 256,
    WeakFurniture = 512,
}
