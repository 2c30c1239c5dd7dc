/** OpenCC's conversion of Taiwan, Hong Kong and standard traditional characters to mainland simplified ones. */
import { ConverterFactory } from 'opencc-js/core';
import fromHk from 'opencc-js/from/hk';
import fromTw from 'opencc-js/from/tw';
import toCn from 'opencc-js/to/cn';

export const simplify = ConverterFactory(fromTw, fromHk, toCn);
