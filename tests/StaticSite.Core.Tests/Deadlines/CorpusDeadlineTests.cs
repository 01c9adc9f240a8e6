using StaticSite.Model;
using StaticSite.Reading;
using StaticSite.Tests;

namespace StaticSite.Core.Tests.Deadlines;

/// <summary>
/// Every deadline phrase the reader finds in the real documents (../shared/corpus) and the samples is normalized to a
/// day, a period or a recurrence — or it is one of the phrases below, which state a condition and no date.
/// </summary>
public sealed class CorpusDeadlineTests
{
    // Read by hand: each of these names when by a condition or a plan, not by a date.
    private static readonly HashSet<string> NoDate = new(StringComparer.Ordinal)
    {
        "theo Kế hoạch số 151-KH/TU ngày 16/11/2022 của Ban Thường vụ Tỉnh ủy",
        "theo khả năng cân đối ngân sách",
        "theo yêu cầu của Trung ương",
        "thực hiện khi Trung ương yêu cầu",
        "thực hiện theo Hướng dẫn của Trung ương",
        "thực hiện theo Kế hoạch số 121-KH/TU ngày 10/8/2022 của Ban Thường vụ Tỉnh ủy",
        "dự kiến triển khai từ 01/01/2026 theo kế hoạch",
    };

    [Fact]
    public void Every_deadline_of_the_real_documents_is_normalized_or_known_to_have_no_date()
    {
        var files = Directory.GetFiles(TestPaths.Corpus, "*.txt").Concat(TestPaths.Samples).Order(StringComparer.Ordinal);
        var problems = new List<string>();
        var conditions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var d = ProgramReader.ReadFile(file, Path.GetFileName(file), ReaderOptions.Default);
            foreach (var (_, item) in d.AllItems())
            {
                if (item.Deadline is not { } deadline) continue;
                if (deadline.Kind == DeadlineKind.Conditional) conditions.Add(deadline.Text);
                if (deadline.Kind == DeadlineKind.Unparsed || deadline.Kind == DeadlineKind.Conditional && !NoDate.Contains(deadline.Text))
                    problems.Add($"{Path.GetFileName(file)}:{item.Span.Line}: {deadline.Kind} “{deadline.Text}”");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        // The list holds only phrases that are still found: a phrase the reader no longer meets is taken out.
        Assert.Empty(NoDate.Except(conditions));
    }
}
