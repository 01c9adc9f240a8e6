namespace StaticSite.Pages;
