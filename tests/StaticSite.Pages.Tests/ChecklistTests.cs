using StaticSite.Model;

namespace StaticSite.Pages.Tests;

public sealed class ChecklistTests
{
    private static Checklist For(string bodyId) => ChecklistBuilder.Build(SampleCorpus.Build()).Single(c => c.Body.Id == bodyId);

    [Fact]
    public void One_checklist_per_body_with_items_and_bodies_of_different_committees_apart()
    {
        var checklists = ChecklistBuilder.Build(SampleCorpus.Build());
        Assert.Equal(["ban-to-chuc-thanh-uy-can-tho", "ban-to-chuc-thanh-uy-ha-noi", "ban-tuyen-giao-thanh-uy-can-tho"], checklists.Select(c => c.Slug));
        Assert.All(checklists, c => Assert.Equal(SampleCorpus.BuildDate, c.BuildDate));
    }

    [Fact]
    public void Groups_follow_the_corpus_and_entries_the_deadline_then_the_source()
    {
        var checklist = For(SampleCorpus.ToChucCanTho.Id);
        Assert.Equal(["a-can-tho", "b-can-tho"], checklist.Groups.Select(g => g.ProgramSlug));
        // quý II/2023, quý IV/2024, then recurring and undated in source order (line 33 before 36 before 37).
        Assert.Equal(["i-3-1-1-1", "i-4-1", "i-3-1-2", "i-3-2-1", "i-3-2-2"], checklist.Groups[0].Entries.Select(e => e.ItemId));
        // two quý I/2023 tie: source order; undated last, although the assignment lists it first.
        Assert.Equal(["i-2-1", "i-2-3", "i-2-2"], checklist.Groups[1].Entries.Select(e => e.ItemId));
        Assert.Equal(2, checklist.ProgramCount);
        Assert.Equal(8, checklist.ItemCount);
    }

    [Fact]
    public void A_group_assignment_reaches_the_checklists_of_its_members_and_own_assignments_win()
    {
        var sample = SampleCorpus.Build();
        var b = sample.Documents[1];
        var group = new BodyRef("Các ban xây dựng Đảng của Thành ủy", "cac-ban-xay-dung-dang-cua-thanh-uy-can-tho", "Các ban xây dựng Đảng của Thành ủy Cần Thơ",
            "cac-ban-xay-dung-dang", SampleCorpus.CanTho.Committee, true, true, ["ban-to-chuc", "ban-tuyen-giao"]);
        var items = b.AllItems().Select(p => p.Item).ToList();
        var withGroup = b with { Assignments = b.Assignments.Add(new Assignment(group, AssignmentRole.Cooperate, AssignmentSource.Sentence, [.. items], SourceSpan.At(b.Path, 12))) };
        var corpus = sample with { Documents = [sample.Documents[0], withGroup, sample.Documents[2]] };
        var checklists = ChecklistBuilder.Build(corpus).ToDictionary(c => c.Slug);

        // Ban Tuyên giáo Cần Thơ had nothing in B: it now cooperates on all three items through the group.
        var tuyenGiao = checklists["ban-tuyen-giao-thanh-uy-can-tho"].Groups.Single(g => g.ProgramSlug == "b-can-tho").Entries;
        Assert.Equal(3, tuyenGiao.Length);
        Assert.All(tuyenGiao, e => Assert.Equal("Các ban xây dựng Đảng của Thành ủy Cần Thơ", e.Via));
        Assert.All(tuyenGiao, e => Assert.Equal(AssignmentRole.Cooperate, e.Role));
        // Ban Tổ chức Cần Thơ leads them itself: its own assignment wins.
        var toChuc = checklists["ban-to-chuc-thanh-uy-can-tho"].Groups.Single(g => g.ProgramSlug == "b-can-tho").Entries;
        Assert.All(toChuc, e => Assert.Null(e.Via));
        Assert.All(toChuc, e => Assert.Equal(AssignmentRole.Lead, e.Role));
        // Hà Nội's Ban Tổ chức is of another committee: not covered.
        Assert.DoesNotContain(checklists["ban-to-chuc-thanh-uy-ha-noi"].Groups, g => g.ProgramSlug == "b-can-tho");
        var page = MarkdownSiteWriter.Write(corpus).Single(p => p.Path == "checklists/ban-tuyen-giao-thanh-uy-can-tho.md").Markdown;
        Assert.Contains("Vai trò: phối hợp (qua Các ban xây dựng Đảng của Thành ủy Cần Thơ)", page);
    }

    [Fact]
    public void An_open_ended_deadline_sorts_by_its_start_among_the_dated()
    {
        const string f = "d.txt";
        var span = SourceSpan.At(f, 1);
        Item Task(string id, int line, Deadline? d) => SampleCorpus.Item(f, id, "-", "Nhiệm vụ " + id, line, d);
        var undated = Task("i-1", 1, null);
        var fromOnly = Task("i-2", 2, new Deadline("từ năm 2023", DeadlineKind.DateRange, new DateOnly(2023, 1, 1), null, span));
        var ended = Task("i-3", 3, SampleCorpus.Year(f, 3, 2024));
        var doc = new ProgramDocument
        {
            Path = f, Slug = "d", Kind = ProgramKind.Plan,
            Sections = [new Section("s-1", SectionLevel.Roman, SectionRole.Tasks, "I", "NHIỆM VỤ", null, span, [undated, fromOnly, ended], [])],
            Assignments = [new Assignment(SampleCorpus.ToChucCanTho, AssignmentRole.Lead, AssignmentSource.Sentence, [undated, fromOnly, ended], span)],
        };
        var corpus = new Reading.Corpus([doc], new Bodies.BodyRegistry([]), new Config.SiteConfig(), new DateOnly(2030, 1, 1));
        var entries = ChecklistBuilder.Build(corpus).Single().Groups.Single().Entries;
        Assert.Equal(["i-2", "i-3", "i-1"], entries.Select(e => e.ItemId));
        Assert.Equal([false, true, false], entries.Select(e => e.IsOverdue));
    }

    [Fact]
    public void A_heading_that_names_the_body_gives_its_sub_items_not_itself()
    {
        var entries = For(SampleCorpus.ToChucCanTho.Id).Groups[0].Entries;
        Assert.DoesNotContain(entries, e => e.ItemId == "i-3-2");
        Assert.Contains(entries, e => e.ItemId == "i-3-2-1");
    }

    [Fact]
    public void Overdue_is_before_the_build_date_and_recurring_is_marked()
    {
        var entries = For(SampleCorpus.ToChucCanTho.Id).Groups.SelectMany(g => g.Entries).ToDictionary(e => e.ItemId);
        Assert.True(entries["i-3-1-1-1"].IsOverdue);   // quý II/2023 < 15/06/2024
        Assert.False(entries["i-4-1"].IsOverdue);      // quý IV/2024
        Assert.False(entries["i-3-1-2"].IsOverdue);
        Assert.True(entries["i-3-1-2"].IsRecurring);
        Assert.True(entries["i-3-2-1"].IsConditional);
        Assert.False(entries["i-3-2-2"].IsOverdue);    // no deadline
        Assert.Equal("Không nêu thời hạn", entries["i-3-2-2"].DeadlineLabel);
    }

    [Fact]
    public void A_body_named_to_lead_and_to_cooperate_on_one_item_leads_it()
    {
        var tuyenGiao = For(SampleCorpus.TuyenGiaoCanTho.Id).Groups[0].Entries.ToDictionary(e => e.ItemId);
        Assert.Equal(AssignmentRole.Lead, tuyenGiao["i-3-1-2"].Role);
        var toChuc = For(SampleCorpus.ToChucCanTho.Id).Groups[0].Entries.ToDictionary(e => e.ItemId);
        Assert.Equal(AssignmentRole.Cooperate, toChuc["i-3-1-2"].Role);
        Assert.Equal(AssignmentRole.Lead, toChuc["i-4-1"].Role);
    }

    [Fact]
    public void Markdown_checklist_has_one_task_per_entry_with_its_marks()
    {
        var page = MarkdownSiteWriter.Write(SampleCorpus.Build()).Single(p => p.Path == "checklists/ban-to-chuc-thanh-uy-can-tho.md");
        var tasks = page.Markdown.Split('\n').Where(l => l.StartsWith("- [ ] ", StringComparison.Ordinal)).ToList();
        Assert.Equal(8, tasks.Count);
        Assert.Equal(3, page.Markdown.Split("**Quá hạn**").Length - 1);
        Assert.Equal(1, page.Markdown.Split("*Thường xuyên*").Length - 1);
        Assert.Contains("- **Ngày lập:** 15/06/2024", page.Markdown);
        Assert.Contains("(../programs/a-can-tho.md#i-3-1-1-1)", page.Markdown);
    }

    [Fact]
    public void A_calendar_event_title_is_shortened_even_when_the_task_has_no_space_to_cut_at()
    {
        var checklist = For(SampleCorpus.ToChucCanTho.Id);
        var dated = checklist.Groups[0].Entries[0];
        Assert.NotNull(dated.DueDay);
        var unbroken = new string('x', 200);
        var one = checklist with { Groups = [checklist.Groups[0] with { Entries = [dated with { Text = unbroken, Marker = "" }] }] };
        var calendar = Ical.Net.Calendar.Load(ChecklistFiles.Calendar(one, "Thử"))!;
        var e = Assert.Single(calendar.Events);
        Assert.StartsWith(new string('x', 79) + "… — hạn ", e.Summary ?? "", StringComparison.Ordinal);
        Assert.Contains(unbroken, e.Description ?? "", StringComparison.Ordinal);
    }
}

public sealed class StatusTests
{
    [Fact]
    public void Statuses_come_from_the_findings_of_each_file()
    {
        var corpus = SampleCorpus.Build();
        var span = SourceSpan.At("b-can-tho.txt", 3);
        var diagnostics = new[]
        {
            new Diagnostics.Diagnostic("missing-purpose", Diagnostics.Severity.Error, "Thiếu mục đích", span),
            new Diagnostics.Diagnostic("item-without-body", Diagnostics.Severity.Warning, "x", span),
            new Diagnostics.Diagnostic("unplaced-text", Diagnostics.Severity.Info, "x", SourceSpan.At("a-can-tho.txt", 1)),
        };
        var statuses = DocumentStatus.ForCorpus(corpus, diagnostics);
        Assert.Equal(new DocumentStatus(1, 1, 0), statuses["b-can-tho"]);
        Assert.Equal("Không đạt: 1 lỗi, 1 cảnh báo", statuses["b-can-tho"].Label);
        Assert.Equal("Đạt", statuses["a-can-tho"].Label);
        Assert.Equal(DocumentStatus.Clean, statuses["c-ha-noi"]);
        var index = MarkdownSiteWriter.Write(corpus, diagnostics).Single(p => p.Kind == PageKind.Index).Markdown;
        // The home page says what there is to do, in plain words, not "Đạt/Không đạt" (issue 14).
        Assert.Equal("1 lỗi cần sửa, 1 điểm cần xem lại", statuses["b-can-tho"].Notice);
        Assert.Null(statuses["c-ha-noi"].Notice);
        Assert.Contains("| 1 lỗi cần sửa, 1 điểm cần xem lại |", index);
        Assert.Equal("a-can-tho", MarkdownSiteWriter.Write(corpus).Single(p => p.Path == "programs/a-can-tho.md").DocumentSlug);
    }
}
