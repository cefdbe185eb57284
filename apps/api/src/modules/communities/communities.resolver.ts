import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CacheTags } from '../../core/anonymous-cache/anonymous-cache.decorators';
import { readTags } from '../../core/anonymous-cache/read-tags';
import { RequestContext } from '../../core/auth/request-context';
import { statsByCommunity } from './communities.loaders';
import { Community } from './community.entity';

@Resolver(() => Community)
export class CommunitiesResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @CacheTags(() => [readTags.communities])
  @Query(() => [Community])
  communities(): Promise<Community[]> {
    return this.dataSource.getRepository(Community).find({ order: { position: 'ASC', name: 'ASC' } });
  }

  @CacheTags(() => [readTags.communities])
  @Query(() => Community, { nullable: true })
  community(@Args('slug') slug: string): Promise<Community | null> {
    return this.dataSource.getRepository(Community).findOneBy({ slug });
  }

  @ResolveField(() => Int)
  async questionCount(@Parent() community: Community, @Context() ctx: RequestContext): Promise<number> {
    return (await ctx.loaders.get(statsByCommunity).load(community.id)).questionCount;
  }

  @ResolveField(() => Int)
  async solvedCount(@Parent() community: Community, @Context() ctx: RequestContext): Promise<number> {
    return (await ctx.loaders.get(statsByCommunity).load(community.id)).solvedCount;
  }
}
