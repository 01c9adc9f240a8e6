using CsCheck;
using StaticSite.Export;
using StaticSite.Reading;
using StaticSite.Tests;

namespace StaticSite.Core.Tests.Reading;

/// <summary>
/// What must hold on any input: the real documents mutated (lines dropped, repeated, shuffled and cut; digits and accents
/// changed) never make the reader throw, every non-blank line is placed exactly once or reported, and reading is deterministic.
/// </summary>
public sealed class PropertyTests
{
    private static readonly string[][] Documents = [.. TestPaths.Samples.Select(f => File.ReadAllText(f).Split('\n'))];

    private enum Mutation { Drop, Repeat, Swap, Cut, Digit, Accent, Blank }

    private static readonly Gen<(Mutation Kind, int At, int Arg)> MutationGen =
        Gen.Select(Gen.Enum<Mutation>(), Gen.Int[0, 100_000], Gen.Int[0, 100_000]);

    private static readonly Gen<string> MutatedDocument =
        Gen.Select(Gen.Int[0, Documents.Length - 1], MutationGen.Array[1, 12]).Select(t => Mutate(Documents[t.Item1], t.Item2));

    private static string Mutate(string[] original, (Mutation Kind, int At, int Arg)[] mutations)
    {
        var lines = original.ToList();
        foreach (var (kind, at, arg) in mutations)
        {
            if (lines.Count == 0) break;
            var i = at % lines.Count;
            var j = arg % lines.Count;
            switch (kind)
            {
                case Mutation.Drop: lines.RemoveAt(i); break;
                case Mutation.Repeat: lines.Insert(i, lines[j]); break;
                case Mutation.Swap: (lines[i], lines[j]) = (lines[j], lines[i]); break;
                case Mutation.Cut: lines[i] = lines[i][..(lines[i].Length == 0 ? 0 : arg % lines[i].Length)]; break;
                case Mutation.Digit: lines[i] = string.Concat(lines[i].Select(c => char.IsDigit(c) ? (char)('0' + (c - '0' + arg) % 10) : c)); break;
                case Mutation.Accent: lines[i] = lines[i].Normalize(arg % 2 == 0 ? System.Text.NormalizationForm.FormD : System.Text.NormalizationForm.FormKD).Replace("\u0301", arg % 3 == 0 ? "\u0300" : "\u0303"); break;
                case Mutation.Blank: lines.Insert(i, arg % 2 == 0 ? "" : "   \f"); break;
            }
        }
        return string.Join('\n', lines);
    }

    [Fact]
    public void Mutated_documents_never_throw_and_lose_no_line()
    {
        MutatedDocument.Sample(text =>
        {
            var d = ProgramReader.ReadText(text, "m.txt", ReaderOptions.Default);
            var (lost, twice) = LineCoverage.Check(d, text);
            var lines = text.Split('\n');
            string Show(List<int> ns) => string.Join("\n", ns.Take(5).Select(n => $"  {n}: {lines[n - 1][..Math.Min(80, lines[n - 1].Length)]}"));
            Assert.True(lost.Count == 0, "lost:\n" + Show(lost));
            Assert.True(twice.Count == 0, "twice:\n" + Show(twice));
        }, iter: 150, threads: 1);
    }

    [Fact]
    public void Reading_the_same_text_twice_gives_the_same_model()
    {
        MutatedDocument.Sample(text =>
            JsonExporter.Export(ProgramReader.ReadText(text, "m.txt", ReaderOptions.Default))
            == JsonExporter.Export(ProgramReader.ReadText(text, "m.txt", ReaderOptions.Default)), iter: 40, threads: 1);
    }

    [Fact]
    public void The_property_can_fail_a_reader_that_drops_lines()
    {
        // The coverage check itself must be able to fail: a model that forgot one line is caught.
        var text = string.Join('\n', Documents[0]);
        var d = ProgramReader.ReadText(text, "m.txt", ReaderOptions.Default);
        var broken = d with { Preamble = [] };
        Assert.NotEmpty(LineCoverage.Check(broken, text).Lost);
    }
}
