using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using StaticSite.Model;

namespace StaticSite.Export;

/// <summary>
/// Writes the model as JSON for other tools. The names are a published contract (see <c>docs/schema/program.schema.json</c>):
/// <c>kind</c>, <c>title</c>, <c>issuer</c>, <c>implements</c>, <c>sections</c>, <c>assignments</c>, <c>recipients</c>,
/// <c>signature</c>, <c>tables</c> — add fields, never rename them.
/// </summary>
public static class JsonExporter
{
    // No depth limit a document can reach (the writer's default is 1,000). Indentation grows with depth, so the text
    // of a document nesting items deeper than IndentedDepth would grow with the square of its depth: it is written compact.
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, MaxDepth = int.MaxValue };
    private static readonly JsonWriterOptions Compact = Options with { Indented = false };
    private const int IndentedDepth = 64;

    /// <summary>The JSON text of <paramref name="d"/>, deterministic, <c>\n</c> line ends.</summary>
    public static string Export(ProgramDocument d)
    {
        using var stream = new MemoryStream();
        var deep = d.AllSections().SelectMany(s => s.Items).Any(i => i.WithDepths().Any(x => x.Depth >= IndentedDepth));
        using (var w = new Utf8JsonWriter(stream, deep ? Compact : Options))
        {
            w.WriteStartObject();
            w.WriteString("file", d.Path);
            w.WriteString("kind", KindName(d.Kind));
            if (d.OtherKind is not null) w.WriteString("otherKind", d.OtherKind);
            WriteText(w, "kindLine", d.KindLine);
            WriteText(w, "title", d.Title);
            if (d.Issuer is { } issuer)
            {
                w.WriteStartObject("issuer");
                w.WriteString("name", issuer.Name);
                w.WriteString("committee", issuer.Committee);
                w.WriteString("level", Camel(issuer.Level.ToString()));
                w.WriteString("locality", issuer.Locality);
                w.WriteString("source", Camel(issuer.Source.ToString()));
                if (issuer.Parent is not null) w.WriteString("parent", issuer.Parent);
                if (issuer.Span is { } s) w.WriteNumber("line", s.Line);
                w.WriteEndObject();
            }
            else w.WriteNull("issuer");
            if (d.Header is { } h)
            {
                w.WriteStartObject("header");
                w.WriteString("number", h.Number);
                w.WriteString("date", h.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteString("place", h.Place);
                w.WriteNumber("line", h.Span.Line);
                w.WriteEndObject();
            }
            WriteArray(w, "implements", d.Implements, WriteReference);
            WriteArray(w, "preamble", d.Preamble, WriteTextObject);
            WriteArray(w, "sections", d.Sections, WriteSection);
            WriteArray(w, "assignments", d.Assignments, WriteAssignment);
            w.WriteStartArray("recipients");
            foreach (var r in d.Recipients)
            {
                w.WriteStartObject();
                w.WriteString("text", r.Text);
                w.WriteString("purpose", Camel(r.Purpose.ToString()));
                w.WriteNumber("line", r.Span.Line);
                w.WriteNumber("endLine", r.Span.EndLine);
                WriteArray(w, "bodies", r.Bodies, static (w, x) => w.WriteStringValue(x.Id));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            if (d.Signature is { } sig)
            {
                w.WriteStartObject("signature");
                w.WriteString("authority", sig.Authority);
                w.WriteString("onBehalfOf", sig.OnBehalfOf);
                w.WriteString("title", sig.Title);
                w.WriteString("name", sig.Name);
                WriteArray(w, "layers", sig.Layers, static (w, x) => w.WriteStringValue(x));
                w.WriteNumber("line", sig.Span.Line);
                w.WriteEndObject();
            }
            else w.WriteNull("signature");
            w.WriteStartArray("tables");
            foreach (var t in d.Tables)
            {
                w.WriteStartObject();
                WriteText(w, "title", t.Title);
                w.WriteNumber("line", t.Span.Line);
                WriteArray(w, "columns", t.Columns, static (w, x) => w.WriteStringValue(x));
                w.WriteStartArray("rows");
                foreach (var row in t.Rows)
                {
                    w.WriteStartObject();
                    w.WriteString("id", row.Item.Id);
                    w.WriteNumber("line", row.Span.Line);
                    if (row.IsGroup) w.WriteBoolean("group", true);
                    WriteArray(w, "lines", row.Lines, static (w, x) => w.WriteNumberValue(x));
                    WriteArray(w, "cells", row.Cells, static (w, x) => w.WriteStringValue(x));
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            WriteArray(w, "references", d.References, WriteReference);
            WriteArray(w, "notes", d.Notes, WriteTextObject);
            WriteArray(w, "unplaced", d.Unplaced, WriteTextObject);
            w.WriteStartArray("diagnostics");
            foreach (var x in d.Diagnostics)
            {
                w.WriteStartObject();
                w.WriteString("rule", x.Rule);
                w.WriteString("severity", x.Severity.ToString().ToLowerInvariant());
                w.WriteString("message", x.Message);
                w.WriteNumber("line", x.Span.Line);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            if (d.Source.Format != SourceFormat.Text)
            {
                // A Word or PDF original: where each read line (the "line" of every node) is in the original.
                w.WriteStartObject("source");
                w.WriteString("format", Camel(d.Source.Format.ToString()));
                w.WriteBoolean("ocr", d.Source.FromOcr);
                WriteArray(w, "lines", d.Source.Locations, static (w, l) =>
                {
                    w.WriteStartObject();
                    if (l.Paragraph > 0) w.WriteNumber("paragraph", l.Paragraph);
                    if (l.Page > 0) { w.WriteNumber("page", l.Page); w.WriteNumber("pageLine", l.Line); }
                    w.WriteEndObject();
                });
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>The JSON name of a kind.</summary>
    public static string KindName(ProgramKind kind) => kind switch
    {
        ProgramKind.ActionProgram => "actionProgram",
        ProgramKind.Program => "program",
        ProgramKind.Plan => "plan",
        _ => "unknown",
    };

    private static void WriteArray<T>(Utf8JsonWriter w, string name, IEnumerable<T> values, Action<Utf8JsonWriter, T> write)
    {
        w.WriteStartArray(name);
        foreach (var value in values) write(w, value);
        w.WriteEndArray();
    }

    private static void WriteSection(Utf8JsonWriter w, Section s)
    {
        w.WriteStartObject();
        w.WriteString("id", s.Id);
        w.WriteString("level", Camel(s.Level.ToString()));
        w.WriteString("role", Camel(s.Role.ToString()));
        w.WriteString("roleMatch", s.RoleMatch);
        w.WriteString("number", s.Number);
        w.WriteString("heading", s.Heading);
        w.WriteNumber("line", s.Span.Line);
        w.WriteStartArray("items");
        foreach (var i in s.Items) WriteItem(w, i, withChildren: true);
        w.WriteEndArray();
        WriteArray(w, "sections", s.Sections, WriteSection);
        w.WriteEndObject();
    }

    // Iterative, not recursive: items can nest to any depth a document reaches.
    private static void WriteItem(Utf8JsonWriter w, Item root, bool withChildren)
    {
        WriteItemFields(w, root);
        if (!withChildren || root.Children.IsEmpty)
        {
            w.WriteEndObject();
            return;
        }
        w.WriteStartArray("items");
        var stack = new Stack<(Item Item, int Next)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (item, next) = stack.Pop();
            if (next == item.Children.Length)
            {
                w.WriteEndArray();
                w.WriteEndObject();
                continue;
            }
            stack.Push((item, next + 1));
            var child = item.Children[next];
            WriteItemFields(w, child);
            if (child.Children.IsEmpty) w.WriteEndObject();
            else
            {
                w.WriteStartArray("items");
                stack.Push((child, 0));
            }
        }
    }

    // An item's own fields, its object left open.
    private static void WriteItemFields(Utf8JsonWriter w, Item i)
    {
        w.WriteStartObject();
        w.WriteString("id", i.Id);
        w.WriteString("marker", i.Marker.Text);
        w.WriteString("style", Camel(i.Marker.Style.ToString()));
        if (i.IsHeading) w.WriteBoolean("heading", true);
        w.WriteString("text", i.Text);
        WriteDeadline(w, i.Deadline);
        w.WriteNumber("line", i.Span.Line);
        if (i.Span.EndLine != i.Span.Line) w.WriteNumber("endLine", i.Span.EndLine);
    }

    private static void WriteDeadline(Utf8JsonWriter w, Deadline? d)
    {
        if (d is null) { w.WriteNull("deadline"); return; }
        w.WriteStartObject("deadline");
        w.WriteString("text", d.Text);
        w.WriteString("kind", Camel(d.Kind.ToString()));
        w.WriteString("normalized", d.Normalized);
        w.WriteEndObject();
    }

    private static void WriteAssignment(Utf8JsonWriter w, Assignment a)
    {
        w.WriteStartObject();
        w.WriteString("body", a.Body.AsWritten);
        w.WriteString("canonicalBody", a.Body.Name);
        w.WriteString("bodyId", a.Body.Id);
        w.WriteString("function", a.Body.Function);
        w.WriteBoolean("known", a.Body.IsKnown);
        w.WriteString("role", a.Role == AssignmentRole.Lead ? "lead" : "cooperate");
        w.WriteString("source", Camel(a.Source.ToString()));
        if (a.HeadingItem is not null) w.WriteString("headingItem", a.HeadingItem);
        w.WriteNumber("line", a.Span.Line);
        w.WriteStartArray("items");
        foreach (var i in a.Items) WriteItem(w, i, withChildren: false);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteReference(Utf8JsonWriter w, Reference r)
    {
        w.WriteStartObject();
        w.WriteString("id", r.Id);
        w.WriteString("kind", r.Kind);
        w.WriteString("number", r.Number);
        w.WriteString("typeCode", r.TypeCode);
        w.WriteString("issuerCode", r.IssuerCode);
        w.WriteString("date", r.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteNumber("line", r.Span.Line);
        w.WriteNumber("column", r.Span.Column);
        w.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter w, string name, TextNode? node)
    {
        if (node is null) w.WriteNull(name);
        else w.WriteString(name, node.Text);
    }

    private static void WriteTextObject(Utf8JsonWriter w, TextNode node)
    {
        w.WriteStartObject();
        w.WriteString("text", node.Text);
        w.WriteNumber("line", node.Span.Line);
        if (node.Span.EndLine != node.Span.Line) w.WriteNumber("endLine", node.Span.EndLine);
        w.WriteEndObject();
    }

    private static string Camel(string pascal) => char.ToLowerInvariant(pascal[0]) + pascal[1..];
}
