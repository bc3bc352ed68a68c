declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const stemmer: { stem(word: string): string };
  export default stemmer;
}
declare module 'wink-eng-lite-web-model' {
  const model: any;
  export default model;
}
