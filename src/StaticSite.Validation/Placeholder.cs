namespace StaticSite.Validation;
