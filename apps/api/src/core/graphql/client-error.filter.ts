import { Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';

/**
 * Errors we raise on purpose (BAD_USER_INPUT, FORBIDDEN...) go back to the client as they are; without
 * this filter Nest would log each of them as a server error with its stack.
 */
@Catch(GraphQLError)
export class ClientErrorFilter implements GqlExceptionFilter {
  catch(error: GraphQLError): GraphQLError {
    return error;
  }
}
