using System.Text.RegularExpressions;
using StaticSite.Text;

namespace StaticSite.Bodies;

/// <summary>
/// Reads the bodies a block heading of the organization part names when the registry does not know them: the genre
/// heads each body's block with the body's name (<c>9. Thuế tỉnh</c>, <c>1. Cục Biến đổi khí hậu có trách nhiệm:</c>,
/// <c>2. Đảng uỷ Các cơ quan Đảng tỉnh chỉ đạo:</c>, <c>Giao phòng Quản lý Công nghiệp …:</c>), several bodies joined by
/// <c>;</c> in one heading (<c>Giám đốc các Sở …; Chủ tịch Ủy ban nhân dân các xã, phường:</c>). A heading that does not
/// open with the word of an organ or an office (<c>Nhiệm vụ trọng tâm</c>) names none.
/// </summary>
public static partial class BodyHeading
{
    /// <summary>The body names of <paramref name="heading"/>, as written; empty when it names none.</summary>
    public static IReadOnlyList<string> Names(string heading)
    {
        var text = VietnameseText.CollapseSpaces(heading).Trim().TrimEnd(':', '.', ' ');
        text = Lead().Replace(text, "");
        text = Duty().Replace(text, "");
        if (text.Length == 0 || text.Length > 200 || !char.IsUpper(text[0]) && !OrganStart().IsMatch(VietnameseText.Fold(text))) return [];
        var names = new List<string>();
        foreach (var part in text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!OrganStart().IsMatch(VietnameseText.Fold(part))) return [];
            names.Add(part);
        }
        return names;
    }

    // "Giao Sở …", "Đề nghị Ủy ban Mặt trận …": the verb that hands the block to the body.
    [GeneratedRegex(@"^(?:Giao|Đề nghị|Yêu cầu)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Lead();

    // "… có trách nhiệm", "… chỉ đạo", "… thực hiện các nhiệm vụ sau": what the body is to do, not its name.
    [GeneratedRegex(@"\s+(?:có trách nhiệm|chịu trách nhiệm|chỉ đạo|thực hiện|triển khai|tập trung)(?:\s+(?:các|những|một số))?(?:\s+nhiệm vụ)?(?:\s+(?:sau|như sau|cụ thể))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Duty();

    // The first words of an organ's or an office's name.
    [GeneratedRegex(@"^(?:cac |cac\b)?(?:so|ban|bo|cuc|vu|vien|trung tam|uy ban|ubnd|hoi dong|hdnd|dang uy|dang bo|dang doan|ban can su|quan uy|huyen uy|tinh uy|thanh uy|cap uy|giam doc|chu tich|thu truong|cong an|thue|thanh tra|van phong|hoi|lien doan|lien minh|doan|mat tran|mttq|bao|dai|chi cuc|phong|kho bac|ngan hang|toa an|vien kiem sat|chu dau tu|doanh nghiep|to chuc|co quan|don vi|dia phuong|nganh)\b")]
    private static partial Regex OrganStart();
}
