"""Search for the Inovasi Koperasi portal: configuration, views, analysis."""
