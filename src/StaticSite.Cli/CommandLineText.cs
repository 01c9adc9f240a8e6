using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Resources;

namespace StaticSite.Cli;

/// <summary>
/// System.CommandLine's own texts (help headings, parse errors) in Vietnamese. The library reads every text it shows
/// through the <see cref="ResourceManager"/> of its generated <c>Properties.Resources</c> class and ships no Vietnamese
/// satellite; <see cref="Install"/> puts this manager in its place, so help and usage errors are Vietnamese whatever the
/// culture of the machine. A test checks that every English text of the pinned version has a translation here with the
/// same placeholders.
/// </summary>
internal sealed class CommandLineText(ResourceManager english) : ResourceManager
{
    /// <summary>The resources' generated class and the field that holds its manager.</summary>
    public const string ResourcesType = "System.CommandLine.Properties.Resources";

    /// <summary>The Vietnamese text of each resource of System.CommandLine 2.0.0, by name.</summary>
    public static readonly FrozenDictionary<string, string> Texts = new Dictionary<string, string>
    {
        ["ArgumentConversionCannotParse"] = "giá trị '{0}' không hợp lệ.",
        ["ArgumentConversionCannotParseForCommand"] = "giá trị '{0}' của lệnh '{1}' không hợp lệ.",
        ["ArgumentConversionCannotParseForCommand_Completions"] = "giá trị '{0}' của lệnh '{1}' không hợp lệ. Có phải là một trong các giá trị sau?{3}",
        ["ArgumentConversionCannotParseForOption"] = "giá trị '{0}' của tùy chọn '{1}' không hợp lệ.",
        ["ArgumentConversionCannotParseForOption_Completions"] = "giá trị '{0}' của tùy chọn '{1}' không hợp lệ. Có phải là một trong các giá trị sau?{3}",
        ["CommandRequiredArgumentMissing"] = "lệnh '{0}' thiếu đối số bắt buộc.",
        ["DirectoryDoesNotExist"] = "không có thư mục '{0}'.",
        ["ErrorReadingResponseFile"] = "không đọc được tệp tham số '{0}': {1}",
        ["ExceptionHandlerHeader"] = "Lỗi không lường trước: ",
        ["FileDoesNotExist"] = "không có tệp '{0}'.",
        ["FileOrDirectoryDoesNotExist"] = "không có tệp hoặc thư mục '{0}'.",
        ["HelpAdditionalArgumentsDescription"] = "Các đối số chuyển cho ứng dụng được chạy.",
        ["HelpAdditionalArgumentsTitle"] = "Đối số thêm:",
        ["HelpArgumentDefaultValueLabel"] = "mặc định",
        ["HelpArgumentsTitle"] = "Đối số:",
        ["HelpCommandsTitle"] = "Lệnh:",
        ["HelpDescriptionTitle"] = "Mô tả:",
        ["HelpOptionDescription"] = "Xem hướng dẫn và cách dùng",
        ["HelpOptionsRequiredLabel"] = "(BẮT BUỘC)",
        ["HelpOptionsTitle"] = "Tùy chọn:",
        ["HelpUsageAdditionalArguments"] = "[[--] <đối số thêm>...]]",
        ["HelpUsageCommand"] = "[lệnh]",
        ["HelpUsageOptions"] = "[tùy chọn]",
        ["HelpUsageTitle"] = "Cách dùng:",
        ["InvalidCharactersInFileName"] = "ký tự không được phép trong tên tệp: '{0}'.",
        ["InvalidCharactersInPath"] = "ký tự không được phép trong đường dẫn: '{0}'.",
        ["OptionExpectsOneArgument"] = "tùy chọn '{0}' chỉ nhận một giá trị nhưng có {1}.",
        ["OptionRequiredArgumentMissing"] = "tùy chọn '{0}' cần một giá trị.",
        ["RequiredCommandWasNotProvided"] = "chưa chọn lệnh.",
        ["RequiredOptionWasNotProvided"] = "thiếu tùy chọn bắt buộc '{0}'.",
        ["ResponseFileNotFound"] = "không tìm thấy tệp tham số '{0}'.",
        ["SuggestionsTokenNotMatched"] = "không hiểu '{0}'. Có phải là một trong các từ sau?",
        ["UnrecognizedArgument"] = "không hiểu đối số '{0}'. Phải là một trong:{1}",
        ["UnrecognizedCommandOrArgument"] = "không hiểu lệnh hoặc đối số '{0}'.",
        ["VersionOptionCannotBeCombinedWithOtherArguments"] = "tùy chọn {0} không dùng chung được với đối số khác.",
        ["VersionOptionDescription"] = "Xem phiên bản",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Puts the Vietnamese texts in place of System.CommandLine's; false when this version of the library keeps them elsewhere (its English texts then stay).</summary>
    public static bool Install()
    {
        var library = typeof(System.CommandLine.RootCommand).Assembly;
        var field = library.GetType(ResourcesType)?.GetField("resourceMan", BindingFlags.Static | BindingFlags.NonPublic);
        if (field is null || field.FieldType != typeof(ResourceManager)) return false;
        field.SetValue(null, new CommandLineText(new ResourceManager(ResourcesType, library)));
        return true;
    }

    /// <inheritdoc />
    public override string? GetString(string name, CultureInfo? culture) => Texts.GetValueOrDefault(name) ?? english.GetString(name, culture);

    /// <inheritdoc />
    public override string? GetString(string name) => GetString(name, null);
}
