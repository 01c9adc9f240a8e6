using StaticSite.Model;
using StaticSite.Text;

namespace StaticSite.Bodies;

/// <summary>Loại cơ quan: which part of the political system a body belongs to, as the site groups its bodies.</summary>
public enum BodyKind
{
    /// <summary>Cơ quan Đảng: committees, their boards and offices, Party delegations (<c>Ban Tổ chức Thành ủy</c>, <c>Ban cán sự đảng ...</c>).</summary>
    Party,
    /// <summary>Cơ quan nhà nước: people's councils and committees, departments, courts, procuracies (<c>Ủy ban nhân dân</c>, <c>Sở Nội vụ</c>).</summary>
    State,
    /// <summary>Mặt trận và đoàn thể: the Fatherland Front and the mass organizations (<c>Hội Nông dân</c>, <c>Liên đoàn Lao động</c>).</summary>
    MassOrganization,
    /// <summary>Other bodies: steering committees and names that say none of the above (<c>Ban Chỉ đạo ...</c>).</summary>
    Other,
}

/// <summary>The one place that tells a body's kind, from its canonical name.</summary>
public static class BodyKinds
{
    private static readonly string[] MassStarts = ["hoi ", "lien doan ", "lien hiep ", "mat tran ", "uy ban mat tran", "thanh doan", "tinh doan", "doan thanh nien", "cong doan", "cac to chuc chinh tri - xa hoi", "cac doan the"];
    private static readonly string[] PartyWords = ["dang", "thanh uy", "tinh uy", "huyen uy", "quan uy", "thi uy", "cap uy", "bo chinh tri", "ban bi thu", "ban chap hanh"];
    private static readonly string[] StateWords = ["uy ban nhan dan", "hoi dong nhan dan", "chinh phu", "quoc hoi", "toa an", "vien kiem sat", "cong an", "bo chi huy quan su", "cac co quan tu phap", "thu tuong"];
    private static readonly string[] StateStarts = ["so ", "cac so", "cuc ", "bo ", "cac bo", "chi cuc ", "thanh tra "];

    /// <summary>The kind of <paramref name="body"/>: a Party word wins over a state word (<c>Ban cán sự đảng Ủy ban nhân dân</c> is a Party organ).</summary>
    public static BodyKind Of(BodyRef body)
    {
        var name = VietnameseText.Fold(body.Name);
        if (name.StartsWith("ban chi dao", StringComparison.Ordinal)) return BodyKind.Other;
        if (MassStarts.Any(s => name.StartsWith(s, StringComparison.Ordinal)) && !name.StartsWith("hoi dong", StringComparison.Ordinal)) return BodyKind.MassOrganization;
        if (PartyWords.Any(w => ContainsWords(name, w)) || (name.StartsWith("ban ", StringComparison.Ordinal) && ContainsWords(name, "trung uong"))) return BodyKind.Party;
        if (StateWords.Any(w => ContainsWords(name, w)) || StateStarts.Any(s => name.StartsWith(s, StringComparison.Ordinal))) return BodyKind.State;
        return BodyKind.Other;
    }

    /// <summary>The kind in Vietnamese, as a group heading.</summary>
    public static string Name(BodyKind kind) => kind switch
    {
        BodyKind.Party => "Cơ quan Đảng",
        BodyKind.State => "Cơ quan nhà nước",
        BodyKind.MassOrganization => "Mặt trận Tổ quốc và các đoàn thể",
        _ => "Cơ quan, tổ chức khác",
    };

    // Whole words only: "dang" must not match inside another folded word.
    private static bool ContainsWords(string folded, string words)
    {
        for (var at = folded.IndexOf(words, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(words, at + 1, StringComparison.Ordinal))
        {
            var end = at + words.Length;
            if ((at == 0 || !char.IsLetterOrDigit(folded[at - 1])) && (end == folded.Length || !char.IsLetterOrDigit(folded[end]))) return true;
        }
        return false;
    }
}
