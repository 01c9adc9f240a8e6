namespace StaticSite.Site;
