// The whole WHATWG list of named character references: its own file in the CDN build
// (`paperfeed-entities.js`), fetched only for a feed that holds a name outside the built-in ones.
export { characterEntities } from 'character-entities';
