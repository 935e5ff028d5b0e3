// Series colours: the app's accent first, then hues that stay apart for common colour-vision deficiencies.
export const seriesColors = ['#1f5fbf', '#d9480f', '#2b8a3e', '#862e9c', '#c2255c', '#0b7285', '#e67700', '#5c7cfa', '#495057', '#a61e4d', '#087f5b', '#364fc7'];

export const colorOf = (index: number) => seriesColors[index % seriesColors.length]!;
