namespace StaticSite.Site.Tests.Browser;

/// <summary>A small hand-written site folder for server and PDF tests that must not depend on the build pipeline.</summary>
internal static class HandMadeSite
{
    public const string ChecklistBody = "Ban Tuyên giáo Thành ủy";

    /// <summary>Writes the site into a fresh temp folder and returns it.</summary>
    public static string Create()
    {
        // The site sits one level down so that tests can put a "secret" file beside it, outside the site.
        var dir = Path.Combine(StaticSite.Tests.TestPaths.NewTempDir("staticsite-handmade"), "site");
        Directory.CreateDirectory(dir);
        Write(dir, "index.html", Page("Trang chủ", """<main><h1>Chương trình hành động</h1><p>Thực hiện Nghị quyết số 28-NQ/TW.</p><a href="checklists/ban-tuyen-giao.html">Danh sách kiểm tra</a></main>"""));
        Write(dir, "404.html", Page("Không tìm thấy", "<main><h1>Không tìm thấy trang (404 riêng)</h1></main>"));
        Write(dir, "assets/site.css", "body{font-family:'Noto Sans',sans-serif}@media print{nav{display:none}}");
        Write(dir, "assets/app.js", "window.APP_LOADED = true;");
        Write(dir, "assets/logo.svg", """<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>""");
        Write(dir, "checklists/ban-tuyen-giao.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n");
        Write(dir, "checklists/ban-tuyen-giao.xlsx", "PK");
        Write(dir, "sitemap.xml", """<?xml version="1.0" encoding="utf-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>index.html</loc></url></urlset>""");
        Write(dir, "programs/index.html", Page("Chương trình", "<main><h1>Danh sách chương trình</h1></main>"));
        Write(dir, "checklists/ban-tuyen-giao.html", Page($"Danh sách kiểm tra — {ChecklistBody}", $"""
            <main>
              <h1>Danh sách kiểm tra: {ChecklistBody}</h1>
              <table><thead><tr><th>Nhiệm vụ</th><th>Vai trò</th><th>Thời hạn</th></tr></thead>
              <tbody>
                <tr><td>Tổ chức quán triệt, tuyên truyền Nghị quyết số 28-NQ/TW</td><td>chủ trì</td><td>quý II/2023</td></tr>
                <tr><td>Sơ kết, đánh giá việc thực hiện</td><td>phối hợp</td><td>thường xuyên</td></tr>
              </tbody></table>
            </main>
            """, depth: 1));
        return dir;
    }

    public static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static string Page(string title, string main, int depth = 0)
    {
        var up = string.Concat(Enumerable.Repeat("../", depth));
        return $"""
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
            <link rel="stylesheet" href="{up}assets/site.css"><script src="{up}assets/app.js"></script></head>
            <body><nav><a href="{up}index.html">Trang chủ</a></nav>
            {main}
            </body></html>
            """;
    }
}
