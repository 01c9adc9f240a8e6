using StaticSite.Cli;

if (!StaticSite.Text.VietnameseText.IsSupported)
    return Cli.Fail("môi trường .NET đang chạy ở chế độ không có dữ liệu ngôn ngữ (DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 hoặc thiếu thư viện ICU), "
        + "nên không thể chuẩn hóa và so khớp chữ tiếng Việt. Hãy bỏ biến DOTNET_SYSTEM_GLOBALIZATION_INVARIANT hoặc cài gói libicu rồi chạy lại.");

CommandLineText.Install();
return await Usage.RunAsync(StaticSiteCommand.Create(), args);
