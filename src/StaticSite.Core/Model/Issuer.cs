namespace StaticSite.Model;

/// <summary>Cơ quan ban hành: the committee that issued the document.</summary>
/// <param name="Name">Full name, e.g. <c>Ban Thường vụ Thành ủy Cần Thơ</c>.</param>
/// <param name="Committee">The Party committee or people's committee the relative names of the text belong to, e.g. <c>Thành ủy Cần Thơ</c>, <c>Tỉnh ủy Quảng Ngãi</c>.</param>
/// <param name="Level">The committee's level, which decides what <c>Thành ủy</c> / <c>Tỉnh ủy</c> / <c>thành phố</c> / <c>tỉnh</c> mean in the text.</param>
/// <param name="Locality">The place name (<c>Cần Thơ</c>, <c>Hà Nội</c>), when known.</param>
/// <param name="Source">Whether this came from the text or from metadata.</param>
/// <param name="Span">Where in the text it was read; null when given by metadata.</param>
public sealed record Issuer(string Name, string Committee, CommitteeLevel Level, string? Locality, IssuerSource Source, SourceSpan? Span)
{
    /// <summary>The organ above the issuer in the header block, kept as context (<c>Ủy ban nhân dân tỉnh Quảng Nam</c> above <c>Sở Nội vụ</c>); null when none is named.</summary>
    public string? Parent { get; init; }
}

/// <summary>Cấp của cơ quan ban hành.</summary>
public enum CommitteeLevel
{
    /// <summary>Not determined.</summary>
    Unknown,
    /// <summary>Thành ủy (city Party committee, centrally governed city).</summary>
    CityParty,
    /// <summary>Tỉnh ủy (provincial Party committee).</summary>
    ProvinceParty,
    /// <summary>Ủy ban nhân dân (people's committee) of a city or province.</summary>
    PeoplesCommittee,
    /// <summary>Bộ (ministry).</summary>
    Ministry,
    /// <summary>Chính phủ (the Government).</summary>
    Government,
    /// <summary>Central Party bodies (Bộ Chính trị, Ban Bí thư, Ban Chấp hành Trung ương).</summary>
    CentralParty,
    /// <summary>Huyện ủy, Quận ủy, Thị ủy (district Party committee).</summary>
    DistrictParty,
    /// <summary>Đảng ủy xã, phường, thị trấn (commune Party committee).</summary>
    CommuneParty,
    /// <summary>The Đảng ủy of a bloc (Đảng ủy UBND tỉnh, Đảng ủy các cơ quan Đảng tỉnh, Đảng ủy Khối …).</summary>
    BlocParty,
    /// <summary>A Sở or another unit under a people's committee or a ministry (a Phòng, an Đoàn kiểm tra, a Cục, a Vụ).</summary>
    Department,
}

/// <summary>Where an issuer was learned from.</summary>
public enum IssuerSource
{
    /// <summary>Read from the document text.</summary>
    Text,
    /// <summary>Given by metadata (front matter, sidecar or <c>site.config.json</c>).</summary>
    Metadata,
}
